/** Simplified Chinese strings of the list and the cards. Keep keys and function signatures identical to src/shared/strings.ts. */
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
