/** Japanese strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
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
