import { MediaImage } from '@/components/MediaImage'
import { ScriptSwitch } from '@/components/ScriptSwitch'
import type { SiteSettings } from '@/data/siteSettings'

import { SearchForm } from '../search/SearchForm'

import { navigationOf } from './navigation'

/**
 * The portal's masthead: logo (or the site's name), the search box with the editors' hot words, the 简/繁 switch,
 * and the channel bar.
 */
export function SiteHeader({ settings }: { settings: SiteSettings }) {
  const hotWords = (settings.hotWords ?? []).map((entry) => entry.word).filter(Boolean)
  return (
    <header className="site-header">
      <div className="site-masthead">
        <a href="/" className="site-name">
          {settings.logo && typeof settings.logo === 'object' ? (
            <MediaImage media={{ ...settings.logo, alt: settings.siteName }} size="card" className="site-logo" eager />
          ) : (
            settings.siteName
          )}
        </a>
        {settings.tagline ? <span className="site-tagline">{settings.tagline}</span> : null}
        <div className="site-tools">
          <SearchForm id="site-search-q" label="站内搜索" compact />
          <ScriptSwitch />
        </div>
        {hotWords.length ? (
          <p className="hot-words">
            <span>热词：</span>
            {hotWords.map((word) => (
              <a key={word} href={`/search?q=${encodeURIComponent(word)}`}>
                {word}
              </a>
            ))}
          </p>
        ) : null}
      </div>
      <nav className="site-nav" aria-label="频道">
        <ul>
          {navigationOf(settings).map((link) => (
            <li key={`${link.label}${link.url}`}>
              <a href={link.url}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
