/** Who may review a case, and how cases are spread over reviewers. Pure. */

type Id = string | number

export type Reviewer = { id: Id; organization?: Id | null; conflicts?: readonly Id[] | null }

const same = (a: Id | null | undefined, b: Id | null | undefined) => a != null && b != null && String(a) === String(b)

/** Never a case of one's own unit, nor of a unit one has declared a conflict with. */
export const mayReview = (reviewer: Reviewer, caseOrganization: Id | null): boolean =>
  caseOrganization == null ||
  (!same(reviewer.organization, caseOrganization) &&
    !(reviewer.conflicts ?? []).some((unit) => same(unit, caseOrganization)))

/**
 * Tops a case up to `wanted` reviewers from the eligible ones with the fewest open assignments (ties by id, so the
 * result is stable). Returns the full list: those already assigned first, then the new ones.
 */
export const assignByLoad = (
  reviewers: readonly Reviewer[],
  caseOrganization: Id | null,
  alreadyAssigned: readonly Id[],
  load: ReadonlyMap<string, number>,
  wanted: number,
): Id[] => {
  const assigned = [...alreadyAssigned]
  const candidates = reviewers
    .filter((reviewer) => mayReview(reviewer, caseOrganization))
    .filter((reviewer) => !assigned.some((id) => same(id, reviewer.id)))
    .sort(
      (a, b) =>
        (load.get(String(a.id)) ?? 0) - (load.get(String(b.id)) ?? 0) ||
        String(a.id).localeCompare(String(b.id), 'en', { numeric: true }),
    )
  for (const reviewer of candidates) {
    if (assigned.length >= wanted) break
    assigned.push(reviewer.id)
  }
  return assigned
}
