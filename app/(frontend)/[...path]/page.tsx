import { notFound } from 'next/navigation'

/** Any address no reader route claims gets the site's own Chinese 404, inside the site's layout. */
export default function UnknownPage() {
  notFound()
}
