/** How a case reached the call: sent by the unit itself, or recommended by another organisation (named). */
export const INTAKE_CHANNELS = {
  self: { zh: '自荐', en: 'Self-nominated' },
  recommended: { zh: '单位推荐', en: 'Recommended by an organisation' },
} as const

export type IntakeChannel = keyof typeof INTAKE_CHANNELS

export const intakeChannelLabel = (channel: string | null | undefined): string | null =>
  channel ? (INTAKE_CHANNELS[channel as IntakeChannel]?.zh ?? channel) : null
