import type { ArrayField, Field, GroupField, NumberField } from 'payload'

import { label } from '@/i18n/label'

import { wholeNumberField as whole } from './wholeNumberField'

/** Stored in 分, typed in 万元 or 元 (see MoneyField). */
export const moneyField = (name: string, zh: string, en: string): Field => {
  const field = whole(name, zh, en) as NumberField
  return {
    ...field,
    admin: { ...field.admin, components: { Field: '@/components/admin/MoneyField.client#MoneyField' } },
  }
}

/** The figures one snapshot holds; also the shape of an event's current figures. */
const figureFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      whole('visits', '访问量', 'Visits'),
      whole('peakViewers', '峰值在线', 'Peak concurrent viewers'),
      whole('unitsSold', '销售件数', 'Units sold'),
      whole('dealerInquiries', '经销商洽谈', 'Dealer inquiries'),
    ],
  },
  {
    type: 'row',
    fields: [
      moneyField('onlineSalesFen', '线上销售额', 'Online sales'),
      moneyField('offlineSalesFen', '线下销售额', 'Offline sales'),
      moneyField('orderValueFen', '订单额', 'Order value'),
    ],
  },
]

/**
 * Figures are reported "as of" a time and grow during the day, so each report is kept as a snapshot with where it
 * came from; the latest one is the event's current figure.
 */
export const metricSnapshotsField: ArrayField = {
  name: 'snapshots',
  label: label('数据快照', 'Metric snapshots'),
  type: 'array',
  labels: { singular: label('快照', 'Snapshot'), plural: label('快照', 'Snapshots') },
  fields: [
    {
      name: 'asOf',
      label: label('截至时间', 'As of'),
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
    ...figureFields(),
    { name: 'sourceNote', label: label('数据来源', 'Source of the figure'), type: 'text' },
  ],
}

/** Kept in step with the latest snapshot by a hook, so lists can sort and sum without reading every snapshot. */
export const currentFiguresField: GroupField = {
  name: 'current',
  label: label('当前数据', 'Current figures'),
  type: 'group',
  admin: { readOnly: true, description: label('取自最新快照', 'From the latest snapshot') },
  fields: [
    { name: 'asOf', label: label('截至时间', 'As of'), type: 'date' },
    ...figureFields(),
    moneyField('totalSalesFen', '销售总额（线上 + 线下 + 订单）', 'Total sales (online + offline + orders)'),
  ],
}
