'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { getPayloadClient } from '@/data/payload'
import { clientAddress } from '@/lib/clientAddress'
import { firstChars } from '@/lib/firstChars'
import type { CaseSubmission } from '@/payload-types'

import {
  bodyText,
  caseData,
  CASE_FIELD_LABELS,
  valuesFromCase,
  valuesFromForm,
  type CaseFormValues,
} from '../caseFormData'
import { ownMediaIds, uploadFromForm } from '../caseUploads'
import { formText, type FormState } from '../formState'
import { mediaMap, type MediaSummary } from '../mediaSummary'
import { portalErrors, UNEXPECTED } from '../portalErrors'
import { currentUnitAccount, type UnitAccount } from '../session'
import { requestTransition } from '../requestTransition'

/** `media` describes uploads the form does not know yet (made by a save that was then refused). */
export type CaseFormState = FormState<CaseFormValues> & { media?: Record<string, MediaSummary> }

const LOGGED_OUT = { errors: [{ message: '登录已过期，请先在新窗口登录，再回到这里保存' }] }

const transition = async (user: UnitAccount, id: number | string, to: string, comment: string | null) =>
  requestTransition(user, id, to, comment, clientAddress({ headers: await headers() }))

/**
 * Saves the case form (new photos and attachments first), then, for 提交 / 重新提交, submits it through the workflow
 * (requestTransition). Anything refused comes back with what was typed; files already uploaded stay attached to the form.
 */
export async function saveCase(_previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const user = await currentUnitAccount()
  if (!user) return { ...LOGGED_OUT, values: valuesFromForm(form) }
  const payload = await getPayloadClient()
  const values = valuesFromForm(form)
  const original = values.id
    ? await payload.findByID({
        collection: 'case-submissions',
        id: values.id,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
      })
    : null
  if (values.id && !original) return { errors: [{ message: '没有找到这个案例，请返回“我的案例”重新打开' }], values }
  const before = valuesFromCase(original)

  const photo = await uploadFromForm(payload, user, form, 'photo')
  const attachment = await uploadFromForm(payload, user, form, 'attachment')
  if (photo.media) values.photos.push(String(photo.media.id))
  if (attachment.media) values.attachments.push(String(attachment.media.id))
  values.photos = await ownMediaIds(payload, user, values.photos, before.photos)
  values.attachments = await ownMediaIds(payload, user, values.attachments, before.attachments)
  const media = mediaMap([photo.media, attachment.media])
  const uploadErrors = [...photo.errors, ...attachment.errors]
  if (uploadErrors.length > 0) return { errors: uploadErrors, values, media }

  const data = caseData(values)
  // The portal edits plain paragraphs: a body left as it was keeps any formatting an editor gave it.
  const body = original && bodyText(original.body) === bodyText(data.body) ? {} : { body: data.body }
  let saved: CaseSubmission
  try {
    const doc = { ...data, ...body } as Partial<CaseSubmission>
    saved = original
      ? await payload.update({
          collection: 'case-submissions',
          id: original.id,
          data: doc,
          user,
          overrideAccess: false,
        })
      : await payload.create({
          collection: 'case-submissions',
          data: doc as CaseSubmission,
          user,
          overrideAccess: false,
        })
  } catch (error) {
    const errors = portalErrors(error, CASE_FIELD_LABELS)
    if (errors[0]?.message === UNEXPECTED) payload.logger.error({ err: error }, 'portal: saving a case failed')
    return { errors, values, media }
  }

  if (formText(form, 'intent') !== 'submit') redirect(`/submit/cases/${saved.id}?saved=1`)
  const submitted = await transition(user, saved.id, 'submitted', null)
  if (!submitted.ok) {
    return {
      errors: submitted.errors,
      values: { ...values, id: String(saved.id) },
      media,
      notice: '草稿已保存，但还不能提交：',
    }
  }
  redirect(`/submit/cases/${saved.id}?submitted=1`)
}

export type WithdrawState = FormState<{ comment: string }>

/** 撤回: the unit takes its case out of the call, with an optional reason for the record. */
export async function withdrawCase(_previous: WithdrawState, form: FormData): Promise<WithdrawState> {
  const id = formText(form, 'id')
  if (!/^[\w-]{1,40}$/.test(id)) return { errors: [{ message: '没有找到这个案例，请返回“我的案例”重新打开' }] }
  const comment = firstChars(formText(form, 'comment').trim(), 2000) || null
  const user = await currentUnitAccount()
  if (!user) return { ...LOGGED_OUT, values: { comment: comment ?? '' } }
  const result = await transition(user, id, 'withdrawn', comment)
  if (!result.ok) return { errors: result.errors, values: { comment: comment ?? '' } }
  redirect(`/submit/cases/${encodeURIComponent(id)}?withdrawn=1`)
}
