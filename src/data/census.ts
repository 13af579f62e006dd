// Other counts of each county's residents that a planner may want to run with instead of the
// plan's own figure: the 2020 census (第七次全国人口普查) and, where the census area is in doubt, the
// registered population. Offered beside the population control, each with its source (FACTS.md §1);
// most are third-party copies of the official bulletins, and say so.
import type { Bilingual, Provenance } from './seedSchema.ts';

export interface PopulationOption {
  label: Bilingual;
  value: number;
  provenance: Provenance;
}

const census = (value: number, where: string, quote: string, note: Bilingual): PopulationOption => ({
  label: { zh: '第七次人口普查', en: '2020 census' },
  value,
  provenance: { kind: 'assumption', note, source: { title: '第七次全国人口普查公报', titleEn: '7th national census bulletin', where, quote }, status: 'sourced_unverified' },
});

export const populationOptions: Readonly<Record<string, readonly PopulationOption[]>> = {
  shanhaiguan: [
    census(164989, 'psic.org.cn/%20%20%20%20minzu/9333.html', '山海關區常住人口為164989人', {
      zh: '秦皇岛市第七次人口普查公报所列山海关区常住人口；规划写作16.5万人。',
      en: 'Shanhaiguan’s residents in the Qinhuangdao census bulletin (a copy); the plan writes 165,000.',
    }),
  ],
  pingshan: [
    census(423300, 'qinglite.cn/doc/256464c06a65b8fed', '根据第七次全国人口普查结果,平山县人口数量为42.33万人', {
      zh: '普查结果为42.33万人（四舍五入到百人），与规划所列423,333人一致。',
      en: 'The census gives 423,300 (rounded to hundreds), in line with the plan’s 423,333.',
    }),
  ],
  xiangshan: [
    census(579101, 'tjgb.hongheiku.com/15266.html', '全区常住人口[2]为579101人', {
      zh: '转载页未写明区名，但与2023年末常住人口56.6万人相符。',
      en: 'The copy does not name the district, but agrees with the 566,000 residents at the end of 2023.',
    }),
  ],
  fushan: [
    census(452553, 'newhan.cn/zhishi/a/92/192878.html', '截至2020年11月1日零時,福山區常住人口452553人', {
      zh: '普查范围可能含规划未覆盖的开发区。',
      en: 'The census area may include development zones the plan does not cover.',
    }),
    {
      label: { zh: '户籍人口（2019年末）', en: 'registered residents (end of 2019)' },
      value: 280224,
      provenance: {
        kind: 'assumption',
        note: { zh: '2019年末户籍人口，远小于普查常住人口：若规划只覆盖老城区，可据此推演。', en: 'Registered residents at the end of 2019, far fewer than the census count: a run for a plan that covers only the old district.' },
        source: { title: 'factpedia.org 福山区词条', titleEn: 'factpedia.org, Fushan District', where: 'factpedia.org', quote: '人口數量280224人(2019年末)' },
        status: 'sourced_unverified',
      },
    },
  ],
  shandan: [
    census(150000, 'benweitang.com/shehui/5922.html', '山丹县常住人口为15万人', {
      zh: '普查结果四舍五入到万人（15万人）。',
      en: 'The census figure rounded to ten thousands (150,000).',
    }),
  ],
};
