/** Simplified Chinese strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
import type { FormStrings } from '../apply-form/form-strings.js';
import type { Strings } from '../shared/strings.js';

const or = new Intl.ListFormat('zh-CN', { type: 'disjunction' });

export const ui: Strings = {
  loading: '正在加载在招职位…',
  loadErrorTitle: '无法加载在招职位',
  retry: '重试',
  positionCount: (count: number) => `${count} 个在招职位`,
  departmentCount: (count: number) => `${count} 个职位`,
  noOpenings: (department: string) => `${department}目前暂无在招职位。`,
  generalApplication: '提交自荐申请',
  generalApplicationFor: (department: string) => `（${department}）`,
  generalApplicationSubject: (department: string) => `自荐申请：${department}`,
  skippedPostings: (count: number) => `${count} 个职位因职位信息有误而无法显示。`,

  searchLabel: '搜索职位',
  searchHint: '职位名称、技能、团队或城市',
  filters: '筛选',
  activeFilters: (count: number) => (count ? `（${count}）` : ''),
  facet: { department: '部门', location: '地点', workplace: '办公方式', employmentType: '工作类型' },
  clearFilters: '清除筛选',
  resultCount: (count: number, query: string, places: string[]) => {
    const conditions = [places.length ? `位于${or.format(places)}` : '', query ? `与“${query}”匹配` : ''].filter(Boolean);
    const which = conditions.length ? `${conditions.join('且')}的` : '';
    return count === 0 ? `没有找到${which}职位` : `找到 ${count} 个${which}职位`;
  },
  noResults: '没有符合搜索条件的在招职位。请尝试其他关键词，或清除筛选条件。',
  showMore: (count: number, left: number) => `再显示 ${count} 个（还有 ${left} 个未显示）`,
  positionClosed: '该职位已停止招聘。以下是当前在招的职位。',
  staleNotice: (date: string) => `当前显示的是截至 ${date} 的职位；无法加载最新列表。`,
  corporateTitle: '职级',
  posted: '发布于',
  closes: '申请截止',
  showDetails: '查看完整详情',
  hideDetails: '收起详情',
  apply: '申请职位',
  applyExternal: '前往公司网站申请',
  opensInNewTab: '（在新标签页中打开）',
  forPosting: (title: string) => `：${title}`,
  workplace: { 'on-site': '现场办公', hybrid: '混合办公', remote: '远程办公' },
  employmentType: {
    'full-time': '全职',
    'part-time': '兼职',
    contract: '合同工',
    temporary: '临时工',
    internship: '实习',
  },
  salaryPeriod: { year: '（年薪）', month: '（月薪）', week: '（周薪）', day: '（日薪）', hour: '（时薪）' },

  applyDialogTitle: (title: string) => `申请职位：${title}`,
  close: '关闭',
  formUnavailable: '无法加载申请表。请检查网络连接后重试，或通过电子邮件申请。',
  applyByEmailSubject: (title: string, id: string) => `职位申请：${title}（${id}）`,
};

/**
 * Simplified Chinese strings of the application form. Keep keys and function signatures identical to
 * src/apply-form/form-strings.ts. `phone` ends in a half-width ` (选填)`: the e-mail body drops it by that pattern.
 */
export const form: FormStrings = {
  formIntro: '标有 * 的字段为必填项。',
  emailModeIntro: (email: string) => `此申请将通过电子邮件发送至 ${email}：您需要在邮件客户端中添加简历附件。`,
  name: '姓名',
  email: '电子邮箱',
  phone: '电话 (选填)',
  resume: '简历',
  resumeHint: (maxSize: string) => `PDF、DOC 或 DOCX 格式，不超过 ${maxSize}。`,
  coverLetter: '求职信',
  coverLetterHint: '请告诉我们您为何对这个职位感兴趣。',
  links: '个人主页链接 (选填)',
  linksHint: 'LinkedIn、GitHub、作品集等：每个输入框填写一个网址。',
  linkLabel: (index: number) => `个人主页链接 ${index}`,
  consent: '我同意存储和处理我的申请数据，以便考虑我应聘此职位。',
  privacyLink: '阅读隐私声明（在新标签页中打开）',
  yes: '是',
  no: '否',
  honeypot: '请勿填写此字段',
  submit: '提交申请',
  sending: '正在提交您的申请…',
  sendingProgress: (percent: number) => `正在提交您的申请… ${percent}%`,
  progress: '上传进度',
  cancel: '取消提交',
  retrySubmit: '重新提交',
  prepareEmail: '准备申请邮件',

  errorSummaryTitle: (count: number) => `您的申请有 ${count} 个问题`,
  nameRequired: '请输入您的姓名。',
  emailRequired: '请输入您的电子邮箱地址。',
  emailInvalid: '请输入有效的电子邮箱地址，例如 name@example.com。',
  phoneInvalid: '请输入电话号码，只能使用数字、空格、+、-、( 和 )。',
  resumeRequired: '请选择您的简历文件。',
  fileType: '请选择 PDF、DOC 或 DOCX 文件。',
  fileSize: (maxSize: string) => `请选择小于 ${maxSize} 的文件。`,
  totalSize: (maxSize: string) => `您的文件总大小超过 ${maxSize}。请选择较小的文件。`,
  fileRequired: (label: string) => `请为“${label}”选择文件。`,
  answerRequired: (label: string) => `请回答“${label}”。`,
  choiceRequired: (label: string) => `请为“${label}”选择一个答案。`,
  choiceInvalid: (label: string) => `请从“${label}”提供的选项中选择答案。`,
  linkInvalid: '请输入以 https:// 开头的完整网址。',
  consentRequired: '请勾选此框表示同意，以便我们考虑您的申请。',

  submitted: '谢谢！您的申请已提交。',
  submitFailed: '您的申请未能提交。',
  submitKept: '您填写的所有内容都已保留。请重试。',
  networkError: '申请送达之前连接已中断。',
  timeoutError: '服务器响应超时。',
  serverError: (status: number) => `服务器出现问题（HTTP ${status}）。`,
  unconfigured: '此页面未设置申请的接收地址，因此未发送任何内容。请直接联系该公司。',
  rejected: (status: number) => `服务器拒绝了此申请（HTTP ${status}）。`,
  busy: '服务器繁忙（HTTP 429）。',
  canceled: '您已取消提交。',
  retryIn: (seconds: number) => `我们将在 ${seconds} 秒后自动重试。`,
  offline: '您的设备已离线：网络恢复后我们会立即提交。',

  draftRestored: (date: string) => `已恢复您于 ${date} 开始填写的申请。在您提交之前，它会保存在此设备上。`,
  draftSaved: '您填写的内容会保存在此设备上，直到您提交申请。',
  discardDraft: '删除草稿',
  draftDiscarded: '草稿已删除。',
  chooseAgain: (name: string) => `您之前选择了“${name}”。草稿不会保存文件：请重新选择该文件。`,

  emailReadyTitle: '您的申请邮件已准备就绪',
  emailReadySteps: (email: string) => [
    `在邮件客户端中打开邮件：收件人为 ${email}，邮件中包含您填写的内容。`,
    '手动添加简历附件：邮件链接无法携带文件。',
    '发送邮件。',
  ],
  openEmail: '打开邮件',
  emailSubject: (title: string, id: string) => `职位申请：${title}（${id}）`,
  emailResumeNote: '[简历见附件]',
  editApplication: '返回表单',
};
