// The workshop cases as the presenter shows them — each one's name, what it changes, and the
// counties it changes anything for — without what building one takes: the tight budget's is the
// plan path's additions, which the engine works out (cases.ts). The presenter opens at once, with
// the first case's name, and loads the rest when it opens.
import type { County } from '../data/seedSchema.ts';
import { nationalTotalFertility } from '../data/totalFertility.ts';

type Bilingual = { zh: string; en: string };

export type CaseId = 'plan' | 'trend' | 'low_births' | 'bed_project_late' | 'staff_exodus' | 'childcare_push' | 'tight_budget';

export interface CaseEntry {
  id: CaseId;
  title: Bilingual;
  /** what changes and why it is worth discussing */
  summary: Bilingual;
  /** whether the case changes anything for this county */
  appliesTo(county: County): boolean;
}

export const lowTotalFertility = 0.8;
export const exodusAttrition = 0.08;
export const tightShare = 0.7;
export const childcarePushPer1000 = 1.5;

export const datedBedProjects = (c: County) => c.projects.filter((p) => p.resource === 'beds' && p.openingYear !== null);

/** in the order the presenter steps through them */
export const caseList: readonly CaseEntry[] = [
  {
    id: 'plan',
    title: { zh: '规划原样', en: 'The plan as written' },
    summary: {
      zh: '每项资源按规划目标所需的年均增量增长，规划所列项目如期投用；人口按总和生育率、人均预期寿命和净迁移率逐年龄推算。',
      en: 'Each resource grows by the yearly addition its target needs, the plan’s projects open on time, and the population follows total fertility, life expectancy and net migration, age by age.',
    },
    appliesTo: () => true,
  },
  {
    id: 'trend',
    title: { zh: '按全国趋势', en: 'National trend' },
    summary: {
      zh: '不另加投入：每千人口资源按2020—2023年全国年均增量增长。差距即规划需要额外付出的努力。',
      en: 'No special effort: each resource per 1000 residents rises by its 2020–2023 national yearly gain. The gap is what the plan asks beyond the national pace.',
    },
    appliesTo: () => true,
  },
  {
    id: 'low_births',
    title: { zh: '出生更少', en: 'Fewer births' },
    summary: {
      zh: `总和生育率降至 ${lowTotalFertility}（2023年全国约 ${nationalTotalFertility[2023]}）：出生更少，3岁以下婴幼儿减少，托育需求下降，每千人口指标略易达到。`,
      en: `Total fertility falls to ${lowTotalFertility} children per woman (nationally about ${nationalTotalFertility[2023]} in 2023): fewer births, fewer children under 3 and less childcare demand; per-1000 targets come slightly easier.`,
    },
    appliesTo: () => true,
  },
  {
    id: 'bed_project_late',
    title: { zh: '床位项目推迟一年', en: 'A bed project a year late' },
    summary: {
      zh: '规划中有明确投用年份的床位项目各推迟一年（如平山县医院扩建450张、相山区人民医院新院180张）。',
      en: 'Each bed project with a stated opening year opens a year late (such as Pingshan County Hospital’s 450-bed expansion and Xiangshan District People’s Hospital’s 180 beds).',
    },
    appliesTo: (c) => datedBedProjects(c).length > 0,
  },
  {
    id: 'staff_exodus',
    title: { zh: '人才流失', en: 'Staff exodus' },
    summary: {
      zh: `每年有 ${exodusAttrition * 100}% 的医师、全科医生、中医师和护士离开（默认约 2%—3%），招聘不变。`,
      en: `${exodusAttrition * 100}% of doctors, GPs, TCM doctors and nurses leave every year (the default is about 2–3%), with hiring unchanged.`,
    },
    appliesTo: () => true,
  },
  {
    id: 'childcare_push',
    title: { zh: '托育攻坚', en: 'Childcare push' },
    summary: {
      zh: `在全国趋势基础上，各县2023年一次新增每千人口 ${childcarePushPer1000} 个托位（新建托育机构）。`,
      en: `On the national trend, each county opens ${childcarePushPer1000} childcare places per 1000 residents at once in 2023 (new nurseries).`,
    },
    appliesTo: (c) => c.indicators.some((i) => i.id === 'childcare_slots_per_1000'),
  },
  {
    id: 'tight_budget',
    title: { zh: '预算紧张', en: 'Tight budget' },
    summary: {
      zh: `床位、托位和卫生人员的年新增量只有规划路径所需的 ${tightShare * 100}%。`,
      en: `Beds, childcare places and health workers are added at ${tightShare * 100}% of the yearly amounts the plan’s path needs.`,
    },
    appliesTo: () => true,
  },
];
