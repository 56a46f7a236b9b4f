import './ScriptSwitch.css'

/**
 * 繁體 / 简体 in the site header: plain links to the switch, which returns the reader to the page they were on. The
 * page itself is the same for everyone (so it stays cached); the current script is shown by the stylesheet from the
 * root element's lang, which the Traditional conversion sets.
 */
export function ScriptSwitch() {
  return (
    <span className="script-switch">
      <a href="/script?to=hant" lang="zh-Hant" rel="nofollow" data-script="hant">
        繁體
      </a>
      {' / '}
      <a href="/script?to=hans" lang="zh-CN" rel="nofollow" data-script="hans">
        简体
      </a>
    </span>
  )
}
