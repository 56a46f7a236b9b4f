/** The stable English `message` API clients get for each refusal code of the workflow. */
export const TRANSITION_MESSAGES: Record<string, string> = {
  unknownStatus: 'Unknown status',
  illegalTransition: 'Transition not allowed from the current status',
  forbidden: 'This role may not make this transition',
  missingRequirements: 'Required information is missing',
  unitNotApproved: 'The unit awaits approval of its registration',
  submissionWindowClosed: 'The submission window is closed',
  publicityNotOver: 'The publicity period has not ended',
  objectionUpheld: 'An objection to this case was upheld',
  badRequest: 'Send {"to": "<status>", "comment": "<text>"}',
  notFound: 'Case not found',
}

export const MAX_COMMENT_CHARS = 2000
