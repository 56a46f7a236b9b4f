import Link from 'next/link'

export type Crumb = { label: string; href?: string }

/** 首页 › the section › the page, as news sites show where a reader is; the last step is the page itself. */
export function PageBreadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="当前位置" className="breadcrumb">
      <ol>
        <li>
          <Link href="/">首页</Link>
        </li>
        {trail.map((crumb, index) =>
          index === trail.length - 1 ? (
            <li key={crumb.label} aria-current="page">
              {crumb.label}
            </li>
          ) : (
            <li key={crumb.label}>{crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : crumb.label}</li>
          ),
        )}
      </ol>
    </nav>
  )
}
