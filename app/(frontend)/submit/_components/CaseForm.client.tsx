'use client'

import { useActionState, useEffect, useRef, useState } from 'react'

import { saveCase, type CaseFormState } from '@/portal/actions/cases'
import { BLANK_FIGURE_ROWS, type CaseFormValues } from '@/portal/caseFormData'
import type { MediaSummary } from '@/portal/mediaSummary'
import type { CaseCall, RegionOption } from '@/portal/portalData'
import { SUMMARY_MAX } from '@/workflow/caseRequirements'
import { INTAKE_CHANNELS } from '@/workflow/intakeChannels'

import { submitKeepingInput } from './submitKeepingInput'
import { FieldError, FormErrors } from './FormErrors'
import { RegionSelect } from './RegionSelect'

type Props = {
  values: CaseFormValues
  media: Record<string, MediaSummary>
  calls: CaseCall[]
  regions: RegionOption[]
  submitLabel: string
}

const characters = (text: string) => Array.from(text.trim()).length

/** Shows how much of the 300 characters the summary uses; the server checks the same count. */
function SummaryField({ value, errors }: { value: string; errors: CaseFormState['errors'] }) {
  const [count, setCount] = useState(characters(value))
  const over = count > SUMMARY_MAX
  return (
    <div className="field">
      <label htmlFor="case-summary">案例摘要（{SUMMARY_MAX} 字以内）</label>
      <textarea
        id="case-summary"
        name="summary"
        rows={5}
        defaultValue={value}
        aria-describedby="summary-count"
        onInput={(event) => setCount(characters(event.currentTarget.value))}
      />
      <p id="summary-count" className={over ? 'counter over' : 'counter'} aria-live="polite">
        {over ? `已超出 ${count - SUMMARY_MAX} 字` : `已写 ${count} / ${SUMMARY_MAX} 字`}
      </p>
      <FieldError errors={errors} field="summary" />
    </div>
  )
}

function UploadList({ name, ids, media }: { name: string; ids: string[]; media: Record<string, MediaSummary> }) {
  if (ids.length === 0) return <p className="hint">还没有上传。</p>
  return (
    <ul className="upload-list">
      {ids.map((id) => {
        const item = media[id]
        return (
          <li key={id}>
            <input type="hidden" name={name} value={id} />
            {item?.isImage ? <img src={item.thumbnail} alt={item.alt} width={120} /> : null}
            <span className="upload-name">
              {item ? (
                <a href={item.url} target="_blank" rel="noreferrer">
                  {item.alt || item.filename}
                </a>
              ) : (
                `文件 ${id}`
              )}
            </span>
            <label className="inline">
              <input type="checkbox" name="remove" value={id} /> 移除
            </label>
          </li>
        )
      })}
    </ul>
  )
}

/** The case form: 保存草稿 saves, 提交 saves and submits. Works as a plain form before any script has loaded. */
export function CaseForm({ values: initialValues, media: initialMedia, calls, regions, submitLabel }: Props) {
  const [state, action, pending] = useActionState(saveCase, { errors: [] } as CaseFormState)
  const form = useRef<HTMLFormElement>(null)
  // Files a refused save already stored are listed above their inputs now: choosing them again would upload twice.
  useEffect(() => {
    const stored = Object.values(state.media ?? {})
    const cleared = [
      ...(stored.some((item) => item.isImage) ? ['photoFile', 'photoAlt'] : []),
      ...(stored.some((item) => !item.isImage) ? ['attachmentFile', 'attachmentAlt'] : []),
    ]
    for (const name of cleared) {
      const input = form.current?.elements.namedItem(name)
      if (input instanceof HTMLInputElement) input.value = ''
    }
  }, [state])
  const values = state.values ?? initialValues
  const media = { ...initialMedia, ...state.media }
  const errors = state.errors
  const caseTypes = [...new Set(calls.flatMap((call) => call.caseTypes))]
  const figureRows = [...values.figures, ...Array.from({ length: BLANK_FIGURE_ROWS }, () => null)]
  return (
    <form ref={form} action={action} onSubmit={submitKeepingInput(action)} className="portal-form case-form">
      <FormErrors errors={errors} notice={state.notice} />
      <input type="hidden" name="id" value={values.id} />
      <fieldset>
        <legend>基本信息</legend>
        <div className="field">
          <label htmlFor="case-campaign">所属活动</label>
          <select id="case-campaign" name="campaign" defaultValue={values.campaign}>
            <option value="">请选择活动</option>
            {calls.map((call) => (
              <option key={call.id} value={String(call.id)}>
                {call.name}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="campaign" />
        </div>
        <div className="field">
          <label htmlFor="case-title">案例名称</label>
          <input id="case-title" name="title" maxLength={120} defaultValue={values.title} />
          <FieldError errors={errors} field="title" />
        </div>
        <div className="field">
          <label htmlFor="case-type">案例类型</label>
          <select id="case-type" name="type" defaultValue={values.type}>
            <option value="">请选择类型</option>
            {caseTypes.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="type" />
        </div>
        <div className="field">
          <label htmlFor="case-region">所在地区</label>
          <RegionSelect
            id="case-region"
            name="region"
            regions={regions}
            value={values.region}
            valueOf={(region) => String(region.id)}
          />
          <FieldError errors={errors} field="region" />
        </div>
      </fieldset>

      <fieldset>
        <legend>报送渠道</legend>
        {Object.entries(INTAKE_CHANNELS).map(([value, channel]) => (
          <label key={value} className="inline" htmlFor={`channel-${value}`}>
            <input
              id={`channel-${value}`}
              type="radio"
              name="channel"
              value={value}
              defaultChecked={values.channel === value}
            />
            {channel.zh}
          </label>
        ))}
        <div className="field">
          <label htmlFor="case-recommender">推荐单位（单位推荐时填写）</label>
          <input id="case-recommender" name="recommender" defaultValue={values.recommender} />
        </div>
      </fieldset>

      <fieldset>
        <legend>案例内容</legend>
        <SummaryField key={values.summary} value={values.summary} errors={errors} />
        <div className="field">
          <label htmlFor="case-body">案例正文</label>
          <textarea id="case-body" name="body" rows={12} defaultValue={values.body} aria-describedby="body-hint" />
          <p className="hint" id="body-hint">
            每段一行，段落之间换行即可。
          </p>
          <FieldError errors={errors} field="body" />
        </div>
      </fieldset>

      <fieldset>
        <legend>关键数据</legend>
        <p className="hint">如“带动农户 1200 户”：指标填“带动农户”，数值填 1200，单位填“户”。不用的行留空。</p>
        {figureRows.map((row, index) => (
          <div className="figure-row" key={index}>
            <div className="field">
              <label htmlFor={`figure-${index}-label`}>指标 {index + 1}</label>
              <input id={`figure-${index}-label`} name={`figures.${index}.label`} defaultValue={row?.label} />
            </div>
            <div className="field">
              <label htmlFor={`figure-${index}-value`}>数值 {index + 1}</label>
              <input
                id={`figure-${index}-value`}
                name={`figures.${index}.value`}
                inputMode="decimal"
                defaultValue={row?.value}
              />
            </div>
            <div className="field">
              <label htmlFor={`figure-${index}-unit`}>单位 {index + 1}</label>
              <input id={`figure-${index}-unit`} name={`figures.${index}.unit`} defaultValue={row?.unit} />
            </div>
          </div>
        ))}
        <FieldError errors={errors} field="keyFigures" />
      </fieldset>

      <fieldset>
        <legend>照片（至少一张）</legend>
        <UploadList name="photos" ids={values.photos} media={media} />
        <div className="field">
          <label htmlFor="photo-file">添加照片</label>
          <input id="photo-file" name="photoFile" type="file" accept="image/jpeg,image/png,image/webp,image/gif" />
          <FieldError errors={errors} field="photoFile" />
        </div>
        <div className="field">
          <label htmlFor="photo-alt">照片说明（替代文字）</label>
          <input id="photo-alt" name="photoAlt" maxLength={200} placeholder="例如：村民在茶园采茶" />
          <FieldError errors={errors} field="photoAlt" />
        </div>
        <FieldError errors={errors} field="photos" />
      </fieldset>

      <fieldset>
        <legend>附件（PDF、Word、Excel）</legend>
        <UploadList name="attachments" ids={values.attachments} media={media} />
        <div className="field">
          <label htmlFor="attachment-file">添加附件</label>
          <input
            id="attachment-file"
            name="attachmentFile"
            type="file"
            accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
          <FieldError errors={errors} field="attachmentFile" />
        </div>
        <div className="field">
          <label htmlFor="attachment-alt">附件名称</label>
          <input id="attachment-alt" name="attachmentAlt" maxLength={200} />
          <FieldError errors={errors} field="attachmentAlt" />
        </div>
      </fieldset>

      <fieldset>
        <legend>联系方式（仅活动工作人员可见）</legend>
        <div className="field">
          <label htmlFor="contact-person">联系人</label>
          <input id="contact-person" name="contactPerson" defaultValue={values.contactPerson} autoComplete="name" />
          <FieldError errors={errors} field="contactPerson" />
        </div>
        <div className="field">
          <label htmlFor="contact-phone">联系电话</label>
          <input id="contact-phone" name="phone" type="tel" defaultValue={values.phone} autoComplete="tel" />
          <FieldError errors={errors} field="phone" />
        </div>
        <div className="field">
          <label htmlFor="contact-email">电子邮箱</label>
          <input id="contact-email" name="email" type="email" defaultValue={values.email} autoComplete="email" />
          <FieldError errors={errors} field="email" />
        </div>
      </fieldset>

      <div className="actions sticky-actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          保存草稿
        </button>
        <button type="submit" name="intent" value="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
        {pending ? <span className="muted">正在保存…</span> : null}
      </div>
    </form>
  )
}
