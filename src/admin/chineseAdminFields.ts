import type { ArrayField, Block, Config, DateField, Field, Plugin } from 'payload'

import { label } from '@/i18n/label'

/** Dates as Chinese newsrooms write them, on the 24-hour clock. */
export const ADMIN_DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm'
const ADMIN_DATE_FORMAT = 'yyyy-MM-dd'

const TITLE_FIELDS = ['label', 'name', 'title', 'heading']

/** The fields of an array row as the form shows them: rows and collapsibles are layout, not nesting. */
const flatten = (fields: Field[]): Field[] =>
  fields.flatMap((field) => (field.type === 'row' || field.type === 'collapsible' ? flatten(field.fields) : [field]))

const rowTitleField = (fields: Field[]) =>
  flatten(fields).find(
    (field): field is Field & { name: string } => field.type === 'text' && TITLE_FIELDS.includes(field.name),
  )?.name

const singular = (field: ArrayField) =>
  field.labels?.singular ?? (typeof field.label === 'object' || typeof field.label === 'string' ? field.label : null)

const withRowTitle = (field: ArrayField): ArrayField => {
  const noun = singular(field) ?? label('条目', 'Item')
  // Without labels Payload names the add-row button after the field's name in English ("添加 Key Figure")
  const labelled = {
    ...field,
    labels: field.labels ?? { singular: noun, plural: (field.label as typeof noun | undefined) ?? noun },
  }
  if (field.admin?.components?.RowLabel) return labelled
  return {
    ...labelled,
    admin: {
      ...field.admin,
      components: {
        ...field.admin?.components,
        RowLabel: {
          path: '@/components/admin/RowTitle.client#RowTitle',
          clientProps: {
            noun: typeof noun === 'string' ? { zh: noun } : noun,
            titleField: rowTitleField(field.fields),
          },
        },
      },
    },
  }
}

const withDateFormat = (field: DateField): DateField => {
  if (field.admin?.date?.displayFormat) return field
  // Payload's picker shows the day only unless told otherwise
  const dayOnly = (field.admin?.date?.pickerAppearance ?? 'dayOnly') === 'dayOnly'
  return {
    ...field,
    admin: {
      ...field.admin,
      date: { ...field.admin?.date, displayFormat: dayOnly ? ADMIN_DATE_FORMAT : ADMIN_DATE_TIME_FORMAT },
    },
  } as DateField
}

const mapBlock = (block: Block): Block => ({ ...block, fields: mapFields(block.fields) })

const mapField = (field: Field): Field => {
  switch (field.type) {
    case 'array':
      return withRowTitle({ ...field, fields: mapFields(field.fields) })
    case 'date':
      return withDateFormat(field)
    case 'row':
    case 'collapsible':
    case 'group':
      return { ...field, fields: mapFields(field.fields) } as Field
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: mapFields(tab.fields) })) }
    case 'blocks': {
      // Like an array's, the add button is named after the field's name unless it has labels
      const noun = (field.label as ReturnType<typeof label> | undefined) ?? label('区块', 'Block')
      return { ...field, labels: field.labels ?? { singular: noun, plural: noun }, blocks: field.blocks.map(mapBlock) }
    }
    default:
      return field
  }
}

const mapFields = (fields: Field[]): Field[] => fields.map(mapField)

/**
 * Every array row gets a Chinese heading, every array and blocks field a Chinese add button, and every date the
 * yyyy-MM-dd HH:mm display, in one pass over the whole config, so a field added later (or by a plugin) cannot fall
 * back to Payload's English row names or its "十二月 3日 2026, 11:44 下午" dates.
 */
export const chineseAdminFields: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: mapFields(collection.fields) })),
  globals: config.globals?.map((global) => ({ ...global, fields: mapFields(global.fields) })),
  blocks: config.blocks?.map(mapBlock),
})
