/** The figures a stat counter can compute live from the campaign's data. */
export const COMPUTED_METRICS = {
  casesReceived: ['收到案例', 'Cases received'],
  excellentCases: ['优秀案例', 'Excellent cases'],
  livestreamSales: ['直播销售总额', 'Livestream sales total'],
  visits: ['访问量', 'Visits'],
  articles: ['稿件数', 'Articles'],
} as const

export type ComputedMetric = keyof typeof COMPUTED_METRICS
