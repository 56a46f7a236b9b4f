'use client'

import { useActionState } from 'react'

import { register, type RegisterValues } from '@/portal/actions/register'
import type { FormState } from '@/portal/formState'
import type { RegionOption } from '@/portal/portalData'

import { submitKeepingInput } from './submitKeepingInput'
import { FieldError, FormErrors } from './FormErrors'
import { RegionSelect } from './RegionSelect'

const initial: FormState<RegisterValues> = { errors: [] }

type Props = { kinds: { value: string; label: string }[]; regions: RegionOption[] }

export function RegisterForm({ kinds, regions }: Props) {
  const [state, action, pending] = useActionState(register, initial)
  const values = state.values
  const errors = state.errors
  const describedBy = (field: string) => (errors.some((error) => error.field === field) ? `${field}-error` : undefined)
  return (
    <form action={action} onSubmit={submitKeepingInput(action)} className="portal-form">
      <FormErrors errors={errors} notice={errors.length > 1 ? '请按下面的提示修改：' : undefined} />
      <fieldset>
        <legend>单位信息</legend>
        <div className="field">
          <label htmlFor="reg-name">单位全称</label>
          <input
            id="reg-name"
            name="name"
            required
            maxLength={60}
            defaultValue={values?.name}
            aria-describedby={describedBy('name')}
          />
          <FieldError errors={errors} field="name" />
        </div>
        <div className="field">
          <label htmlFor="reg-kind">单位类型</label>
          <select id="reg-kind" name="kind" required defaultValue={values?.kind ?? ''}>
            <option value="">请选择单位类型</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
          <FieldError errors={errors} field="kind" />
        </div>
        <div className="field">
          <label htmlFor="reg-region">所在地区</label>
          <RegionSelect
            id="reg-region"
            name="region"
            regions={regions}
            value={values?.region ?? ''}
            valueOf={(region) => region.code}
            describedBy={describedBy('region')}
          />
          <FieldError errors={errors} field="region" />
        </div>
      </fieldset>
      <fieldset>
        <legend>联系人</legend>
        <div className="field">
          <label htmlFor="reg-contact">联系人姓名</label>
          <input
            id="reg-contact"
            name="contactPerson"
            required
            maxLength={30}
            autoComplete="name"
            defaultValue={values?.contactPerson}
          />
          <FieldError errors={errors} field="contactPerson" />
        </div>
        <div className="field">
          <label htmlFor="reg-phone">联系电话</label>
          <input
            id="reg-phone"
            name="phone"
            type="tel"
            required
            autoComplete="tel"
            placeholder="手机号码或 0591-87000000"
            defaultValue={values?.phone}
          />
          <FieldError errors={errors} field="phone" />
        </div>
      </fieldset>
      <fieldset>
        <legend>登录账号</legend>
        <div className="field">
          <label htmlFor="reg-email">电子邮箱</label>
          <input id="reg-email" name="email" type="email" required autoComplete="email" defaultValue={values?.email} />
          <p className="hint">用于登录和接收审核通知。</p>
          <FieldError errors={errors} field="email" />
        </div>
        <div className="field">
          <label htmlFor="reg-password">密码（至少 10 个字符）</label>
          <input
            id="reg-password"
            name="password"
            type="password"
            required
            minLength={10}
            autoComplete="new-password"
          />
          <FieldError errors={errors} field="password" />
        </div>
        <div className="field">
          <label htmlFor="reg-password-confirm">再次输入密码</label>
          <input
            id="reg-password-confirm"
            name="passwordConfirm"
            type="password"
            required
            minLength={10}
            autoComplete="new-password"
          />
          <FieldError errors={errors} field="passwordConfirm" />
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? '正在注册…' : '注册'}
        </button>
      </div>
    </form>
  )
}
