import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Organization } from '@/payload-types'
import { DEFAULT_CASE_TYPES } from '@/collections/Campaigns/activityTypes'
import { yuanToFen } from '@/metrics/formatChinese'

import { cst, daysFrom } from './helpers'

export const CAMPAIGN_NAME = '决战脱贫攻坚 决胜全面小康·福建足迹'
export const CAMPAIGN_YEAR = 2020
export const CAMPAIGN_SLUG = 'fujian-zuji-2020'

/** Whole hours, so two runs within the same hour write identical windows and the campaign is left alone. */
export const startOfHour = (now: Date) => new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000)

/**
 * The 2020 edition of 福建影响力. Only figures the coverage reports are filled in; unknown dates and figures stay
 * empty rather than guessed.
 */
export const campaignData = ({
  portal,
  now,
}: {
  portal: Organization['id'] | undefined
  now: Date
}): RequiredDataFromCollectionSlug<'campaigns'> => {
  const hour = startOfHour(now)
  return {
    name: CAMPAIGN_NAME,
    slug: CAMPAIGN_SLUG,
    series: '福建影响力',
    year: CAMPAIGN_YEAR,
    theme: '决战脱贫攻坚 决胜全面小康',
    slogan: '记录八闽大地脱贫攻坚的足迹',
    guidingUnits: [{ name: '中共福建省委宣传部' }],
    hosts: [
      { name: '中共福建省委网络安全和信息化委员会办公室' },
      { name: '福建省精神文明建设指导委员会办公室' },
      { name: '福建省扶贫开发办公室' },
      { name: '福建日报报业集团' },
    ],
    // The portal is on file as a unit; the learning platform's Fujian channel submits nothing, so only its name
    organisers: [portal ? { organization: portal } : { name: '东南网' }, { name: '学习强国福建学习平台' }],
    activities: [
      {
        type: 'case-call',
        title: '“福建足迹”脱贫攻坚典型案例网络征集',
        place: '线上（东南网专题页）',
        description:
          '面向全省23个省级扶贫开发工作重点县、福建对口帮扶的西北地区县市和革命老区苏区征集典型案例，分政策指导、扶贫经验、人物事迹、创新模式四类，共收到案例近300件。',
      },
      {
        type: 'livestream-tour',
        title: '“福建足迹·直播带货行”',
        starts: cst('2020-07-09T00:00'),
        place: '三明永安、莆田荔城等老区苏区',
        description:
          '走进老区苏区县（市、区），由网站主播与当地负责同志同台推介特色农产品，线上线下同步销售；直播回放和短视频随后在多平台分发，并附购买方式。',
      },
      {
        type: 'media-tour',
        title: '“福建足迹”媒体宁夏行',
        // Only the month is reported: the span stands for "August 2020"
        starts: cst('2020-08-01T00:00'),
        ends: cst('2020-08-31T00:00'),
        place: '宁夏回族自治区',
        description: '组织媒体记者赴宁夏采访闽宁协作成果，记录福建对口帮扶地区的变化。',
      },
      {
        type: 'interviews',
        title: '脱贫攻坚人物视频访谈',
        description: '走近扶贫干部、科技特派员、返乡创业者等脱贫一线人物，推出系列视频访谈和融媒体产品。',
      },
      {
        type: 'public-ads',
        title: '脱贫攻坚主题公益广告',
        place: '东南网及兄弟网站',
        description: '在东南网及兄弟网站投放脱贫攻坚主题公益广告，总价值1000万元。',
      },
    ],
    outcomes: {
      // Reported as “近300件”: the round figure of the report, not an exact count
      casesReceived: 300,
      adValueFen: yuanToFen(10_000_000),
      // Livestream sales are rolled up from the events; excellent cases and visits were not reported
    },
    // Deliberately OPEN relative to the time of seeding (not 2020), so submitting, reviewing and voting can be tried
    // in the demo: submissions opened 30 days ago and close in 30 days; voting runs from now for 20 days.
    caseCall: {
      submissionOpens: daysFrom(hour, -30),
      submissionCloses: daysFrom(hour, 30),
      caseTypes: DEFAULT_CASE_TYPES,
      reviewPhases: [
        { name: '初审', starts: daysFrom(hour, -30), ends: daysFrom(hour, 33) },
        { name: '网络推荐', starts: hour.toISOString(), ends: daysFrom(hour, 20) },
        { name: '专家终审', starts: daysFrom(hour, 34), ends: daysFrom(hour, 44) },
        { name: '公示', starts: daysFrom(hour, 45), ends: daysFrom(hour, 52) },
      ],
      votingOpens: hour.toISOString(),
      votingCloses: daysFrom(hour, 20),
      expertWeight: 70,
      voteWeight: 30,
    },
  }
}
