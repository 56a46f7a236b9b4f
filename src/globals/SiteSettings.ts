import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { CACHE_TAGS } from '@/data/cacheTags'
import { label } from '@/i18n/label'
import { isChannelLink } from '@/lib/channelLink'
import { revalidateTags } from '@/revalidate/revalidateTags'

/**
 * What every reader page carries around its content: the site's name and logo, the channel navigation, the hot
 * words and the footer with the licence numbers a Chinese news portal must show. Readers read it (every page does);
 * editors change it, and a change expires the one tag every page's furniture is cached under.
 */
export const SiteSettings: GlobalConfig<'site-settings'> = {
  slug: 'site-settings',
  label: label('站点设置', 'Site settings'),
  admin: { group: label('内容', 'Content') },
  access: { read: anyone, update: isEditorOrAdmin },
  hooks: { afterChange: [({ context }) => revalidateTags([CACHE_TAGS.siteSettings], context)] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'siteName',
          label: label('站点名称', 'Site name'),
          type: 'text',
          required: true,
          defaultValue: '新闻专题',
          maxLength: 40,
        },
        {
          name: 'tagline',
          label: label('站点简介', 'Tagline'),
          type: 'text',
          maxLength: 80,
        },
      ],
    },
    {
      name: 'logo',
      label: label('站标', 'Logo'),
      type: 'upload',
      relationTo: 'media',
      admin: { description: label('显示在每页页头，宽高比约 4:1 为宜。', 'Shown in every page header.') },
    },
    {
      name: 'navigation',
      label: label('频道导航', 'Channel navigation'),
      type: 'array',
      maxRows: 12,
      labels: { singular: label('频道', 'Channel'), plural: label('频道', 'Channels') },
      admin: { description: label('页头的频道链接，按顺序显示。', 'Links in the page header, in order.') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: label('名称', 'Label'), type: 'text', required: true, maxLength: 12 },
            {
              name: 'url',
              label: label('链接', 'Link'),
              type: 'text',
              required: true,
              validate: (value: unknown) =>
                isChannelLink(value) || '请填写站内地址（以 / 开头，如 /articles）或以 https:// 开头的完整地址',
              admin: { description: label('站内地址如 /articles，或以 https:// 开头的完整地址。', 'A path or URL.') },
            },
          ],
        },
      ],
    },
    {
      name: 'hotWords',
      label: label('热词', 'Hot words'),
      type: 'array',
      maxRows: 16,
      labels: { singular: label('热词', 'Hot word'), plural: label('热词', 'Hot words') },
      admin: { description: label('显示在页头搜索框下，点击即搜索该词。', 'Shown under the search box.') },
      fields: [{ name: 'word', label: label('词', 'Word'), type: 'text', required: true, maxLength: 20 }],
    },
    {
      name: 'footer',
      label: label('页脚', 'Footer'),
      type: 'group',
      fields: [
        { name: 'copyright', label: label('版权声明', 'Copyright'), type: 'text' },
        {
          type: 'row',
          fields: [
            { name: 'icp', label: label('ICP备案号', 'ICP licence'), type: 'text' },
            { name: 'newsLicence', label: label('互联网新闻信息服务许可证', 'News service licence'), type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'publicSecurity', label: label('公安备案号', 'Public security record'), type: 'text' },
            { name: 'address', label: label('地址', 'Address'), type: 'text' },
          ],
        },
        {
          name: 'report',
          label: label('违法和不良信息举报', 'Reporting illegal content'),
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'phone', label: label('举报电话', 'Phone'), type: 'text' },
                { name: 'email', label: label('举报邮箱', 'Email'), type: 'email' },
              ],
            },
          ],
        },
        {
          name: 'contact',
          label: label('联系我们', 'Contact'),
          type: 'text',
          admin: { description: label('如：新闻热线 0591-xxxxxxx', 'e.g. the news hotline') },
        },
      ],
    },
  ],
}
