'use client'

import { FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { NumberFieldClientProps } from 'payload'
import { useState } from 'react'

import { MONEY_UNITS, fenToText, textToFen, unitFor, type MoneyUnit } from '@/metrics/moneyUnits'

/**
 * A money figure typed in 万元 or 元, with the unit beside the box; the stored value stays in 分 (18 万元 is
 * 18000000), so reports, sums and the reader pages are unchanged.
 */
export function MoneyField({ field, path, readOnly }: NumberFieldClientProps) {
  const { value, setValue, showError } = useField<number | null>({ path })
  const [unit, setUnit] = useState<MoneyUnit>(() => unitFor(value))
  const [text, setText] = useState(() => fenToText(value, unit))
  const [invalid, setInvalid] = useState(false)
  const disabled = readOnly || field.admin?.readOnly

  const enter = (typed: string, inUnit: MoneyUnit) => {
    setText(typed)
    const fen = textToFen(typed, inUnit)
    setInvalid(Number.isNaN(fen))
    if (!Number.isNaN(fen)) setValue(fen)
  }

  const shown = disabled ? fenToText(value, unit) : text
  return (
    <div className={`field-type number money-field${showError || invalid ? ' error' : ''}`}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <input
            id={`field-${path.replace(/\./g, '__')}`}
            name={path}
            inputMode="decimal"
            value={shown}
            disabled={disabled}
            onChange={(event) => enter(event.target.value, unit)}
          />
          <select
            aria-label="金额单位"
            value={unit}
            onChange={(event) => {
              const next = event.target.value as MoneyUnit
              setUnit(next)
              // The amount stays; only the way it is written changes
              setText(fenToText(value, next))
            }}
          >
            {(Object.keys(MONEY_UNITS) as MoneyUnit[]).map((key) => (
              <option key={key} value={key}>
                {MONEY_UNITS[key].label}
              </option>
            ))}
          </select>
        </div>
        {invalid ? <p className="field-description">请输入金额，最多精确到分（如 18 或 18.5）</p> : null}
      </div>
    </div>
  )
}
