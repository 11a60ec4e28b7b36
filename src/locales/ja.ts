/** Japanese strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { FormStrings } from '../apply-form/form-strings.js';
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('ja', { type: 'disjunction' });

export const ui: Strings = {
  loading: '募集中の求人を読み込んでいます…',
  loadErrorTitle: '求人情報を読み込めませんでした',
  retry: '再試行',
  positionCount: (count: number) => `募集中の求人：${count}件`,
  departmentCount: (count: number) => `${count}件`,
  noOpenings: (department: string) => `現在、${department}で募集中の求人はありません。`,
  generalApplication: 'オープンポジションに応募する',
  generalApplicationFor: (department: string) => `（${department}）`,
  generalApplicationSubject: (department: string) => `オープンポジションへの応募：${department}`,
  skippedPostings: (count: number) => `${count}件の求人は掲載内容に誤りがあるため、表示できませんでした。`,

  searchLabel: '求人を検索',
  searchHint: '職種、スキル、チーム、都市',
  filters: '絞り込み',
  activeFilters: (count: number) => (count ? `（${count}）` : ''),
  facet: { department: '部門', location: '勤務地', workplace: '勤務形態', employmentType: '雇用形態' },
  clearFilters: '絞り込みを解除',
  resultCount: (count: number, query: string, places: string[]) => {
    const subject = `${places.length ? `${or.format(places)}の` : ''}${query ? `「${query}」に一致する` : ''}求人`;
    return count === 0 ? `${subject}はありません` : `${subject}：${count}件`;
  },
  noResults: '検索条件に一致する求人はありません。別のキーワードで検索するか、絞り込みを解除してください。',
  showMore: (count: number, left: number) => `さらに${count}件を表示（残り${left}件）`,
  positionClosed: 'この求人の募集は終了しました。現在募集中の求人は以下のとおりです。',
  staleNotice: (date: string) => `${date}時点の求人を表示しています。最新の一覧を読み込めませんでした。`,
  corporateTitle: '職位',
  posted: '掲載日',
  closes: '応募締切',
  showDetails: '詳細をすべて表示',
  hideDetails: '詳細を閉じる',
  apply: '応募する',
  applyExternal: '企業サイトで応募する',
  opensInNewTab: '（新しいタブで開きます）',
  forPosting: (title: string) => `（${title}）`,
  workplace: { 'on-site': '出社', hybrid: 'ハイブリッド', remote: 'リモート' },
  employmentType: {
    'full-time': 'フルタイム',
    'part-time': 'パートタイム',
    contract: '業務委託',
    temporary: '契約社員',
    internship: 'インターンシップ',
  },
  salaryPeriod: { year: '（年収）', month: '（月給）', week: '（週給）', day: '（日給）', hour: '（時給）' },

  applyDialogTitle: (title: string) => `${title}に応募`,
  close: '閉じる',
  formUnavailable: '応募フォームを読み込めませんでした。接続を確認してもう一度お試しいただくか、メールでご応募ください。',
  applyByEmailSubject: (title: string, id: string) => `応募：${title}（${id}）`,
};

/**
 * Japanese strings of the application form. Keep keys and function signatures identical to
 * src/apply-form/form-strings.ts. `phone` ends in a half-width ` (任意)`: the e-mail body drops it by that pattern.
 */
export const form: FormStrings = {
  formIntro: '* の付いた項目は必須です。',
  emailModeIntro: (email: string) => `この応募は${email}宛てにメールで送信されます。履歴書はお使いのメールソフトで添付してください。`,
  name: '氏名',
  email: 'メールアドレス',
  phone: '電話番号 (任意)',
  resume: '履歴書',
  resumeHint: (maxSize: string) => `PDF、DOC、DOCX形式（${maxSize}まで）。`,
  coverLetter: 'カバーレター',
  coverLetterHint: 'この職種に興味をお持ちの理由をお聞かせください。',
  links: 'プロフィールのリンク (任意)',
  linksHint: 'LinkedIn、GitHub、ポートフォリオなど。1つの欄に1つのアドレスを入力してください。',
  linkLabel: (index: number) => `プロフィールのリンク${index}`,
  consent: 'この職種の選考のために、私の応募データが保存および処理されることに同意します。',
  privacyLink: 'プライバシーに関するお知らせを読む（新しいタブで開きます）',
  yes: 'はい',
  no: 'いいえ',
  honeypot: 'この欄には何も入力しないでください',
  submit: '応募を送信する',
  sending: '応募を送信しています…',
  sendingProgress: (percent: number) => `応募を送信しています… ${percent}%`,
  progress: 'アップロードの進行状況',
  cancel: '送信を中止',
  retrySubmit: 'もう一度送信する',
  prepareEmail: '応募メールを作成する',

  errorSummaryTitle: (count: number) => `入力内容に${count}件の問題があります`,
  nameRequired: '氏名を入力してください。',
  emailRequired: 'メールアドレスを入力してください。',
  emailInvalid: 'name@example.com のような形式でメールアドレスを入力してください。',
  phoneInvalid: '電話番号は数字、スペース、+、-、(、) を使って入力してください。',
  resumeRequired: '履歴書のファイルを選択してください。',
  fileType: 'PDF、DOC、DOCXのいずれかのファイルを選択してください。',
  fileSize: (maxSize: string) => `${maxSize}未満のファイルを選択してください。`,
  totalSize: (maxSize: string) => `ファイルの合計サイズが${maxSize}を超えています。より小さいファイルを選択してください。`,
  fileRequired: (label: string) => `「${label}」のファイルを選択してください。`,
  answerRequired: (label: string) => `「${label}」に回答してください。`,
  choiceRequired: (label: string) => `「${label}」の回答を選択してください。`,
  choiceInvalid: (label: string) => `「${label}」の回答は、表示されている選択肢から選んでください。`,
  linkInvalid: 'https:// で始まる完全なURLを入力してください。',
  consentRequired: '応募を選考できるよう、チェックボックスをオンにして同意してください。',

  submitted: 'ありがとうございます。応募を送信しました。',
  submitFailed: '応募を送信できませんでした。',
  submitKept: '入力内容はすべて残っています。もう一度お試しください。',
  networkError: '応募が届く前に接続が切れました。',
  timeoutError: 'サーバーの応答に時間がかかりすぎました。',
  serverError: (status: number) => `サーバーで問題が発生しました（HTTP ${status}）。`,
  unconfigured: 'このページでは応募の送信先が設定されていないため、何も送信されませんでした。企業に直接お問い合わせください。',
  rejected: (status: number) => `サーバーが応募を受け付けませんでした（HTTP ${status}）。`,
  busy: 'サーバーが混み合っています（HTTP 429）。',
  canceled: '送信を中止しました。',
  retryIn: (seconds: number) => `${seconds}秒後に自動的にもう一度送信します。`,
  offline: 'お使いの端末はオフラインです。接続が回復しだい送信します。',

  draftRestored: (date: string) => `${date}に入力を始めた応募内容を復元しました。送信するまでこの端末に保存されます。`,
  draftSaved: '入力内容は、送信するまでこの端末に保存されます。',
  discardDraft: '下書きを破棄',
  draftDiscarded: '下書きを破棄しました。',
  chooseAgain: (name: string) => `「${name}」が選択されていました。ファイルは下書きに保存されないため、もう一度選択してください。`,

  emailReadyTitle: '応募メールの準備ができました',
  emailReadySteps: (email: string) => [
    `メールソフトでメールを開いてください。宛先は${email}で、入力した内容が記載されています。`,
    '履歴書はご自身で添付してください。メールのリンクではファイルを送れません。',
    'メールを送信してください。',
  ],
  openEmail: 'メールを開く',
  emailSubject: (title: string, id: string) => `応募：${title}（${id}）`,
  emailResumeNote: '【履歴書を添付】',
  editApplication: 'フォームに戻る',
};
