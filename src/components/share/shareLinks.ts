export type Shared = { url: string; title: string; summary?: string | null }

const query = (params: Record<string, string>) => new URLSearchParams(params).toString()

/**
 * The share pages of 微博, QQ and QQ空间: each takes the address and the title in its query and shows the reader's
 * own sign-in and share form. 微信 has no such page (its QR code and the phone's share sheet stand for it).
 */
export const shareLinks = ({ url, title, summary }: Shared) => [
  { name: 'weibo', label: '微博', href: `https://service.weibo.com/share/share.php?${query({ url, title })}` },
  {
    name: 'qq',
    label: 'QQ',
    href: `https://connect.qq.com/widget/shareqq/index.html?${query({ url, title, summary: summary ?? '' })}`,
  },
  {
    name: 'qzone',
    label: 'QQ空间',
    href: `https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?${query({ url, title, summary: summary ?? '' })}`,
  },
]
