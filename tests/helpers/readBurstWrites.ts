import type { CollectionSlug } from 'payload'

import type { ReadBack } from './readBack'
import type { Plan } from './writeBurst'

type Doc = Record<string, any>

const ofKind = <K extends Plan['kind']>(plans: Plan[], kind: K) =>
  plans.filter((plan): plan is Extract<Plan, { kind: K }> => plan.kind === kind)

const byKey = (docs: Doc[], key: (doc: Doc) => unknown) => {
  const map = new Map<unknown, Doc[]>()
  for (const doc of docs) map.set(key(doc), [...(map.get(key(doc)) ?? []), doc])
  return map
}

/**
 * Everything the burst's writers could have stored, found by what each one sent (a name, an email, a title, a
 * contact) rather than by the ids in their answers, so a write that answered nothing or answered wrongly is found
 * too. A few queries for the whole burst instead of several per writer.
 */
export const readBurstWrites = async (readBack: ReadBack, plans: Plan[]) => {
  const findIn = (collection: CollectionSlug, field: string, values: unknown[]) =>
    values.length ? readBack.find(collection, { [field]: { in: values } }) : Promise.resolve([])
  const sent = <K extends Plan['kind']>(kind: K, field: keyof Extract<Plan, { kind: K }>) =>
    ofKind(plans, kind).map((plan) => plan[field])
  const units = await findIn('organizations', 'name', sent('registration', 'name'))
  // The accounts of the emails sent, and any other account of the units found
  const accounts = await findIn('users', 'email', sent('registration', 'email'))
  const unitIds = units.map((unit) => unit.id)
  for (const account of await findIn('users', 'organization', unitIds)) {
    if (!accounts.some((known) => known.id === account.id)) accounts.push(account)
  }
  const accountUnitIds = accounts.map((account) => account.organization).filter((id) => id != null)
  const unitsOfAccounts = await findIn('organizations', 'id', accountUnitIds)
  const moved = sent('transition', 'caseId')
  const auditEvents = await findIn('audit-events', 'case', moved)
  return {
    unitsByName: byKey(units, (unit) => unit.name),
    accountsByEmail: byKey(accounts, (account) => account.email),
    accountsByUnit: byKey(accounts, (account) => account.organization),
    unitIdsOfAccounts: new Set(unitsOfAccounts.map((unit) => unit.id)),
    mediaByAlt: byKey(await findIn('media', 'alt', sent('upload', 'alt')), (doc) => doc.alt),
    casesByTitle: byKey(await findIn('case-submissions', 'title', sent('caseDraft', 'title')), (doc) => doc.title),
    movedCases: byKey(await findIn('case-submissions', 'id', moved), (doc) => doc.id),
    submissionEvents: byKey(
      auditEvents.filter((event) => event.from === 'draft' && event.to === 'submitted'),
      (event) => event.case,
    ),
    objectionsByContact: byKey(
      await findIn('case-objections', 'contact', sent('objection', 'contact')),
      (doc) => doc.contact,
    ),
  }
}
