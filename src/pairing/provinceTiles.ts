/**
 * China's provincial units as a tile map: one square each, placed roughly where the province lies (column west to
 * east, row north to south), keyed by the first two digits of the division code. A tile map needs no boundary data
 * and gives every province, large or small, the same room for its name. `short` is the one-character 简称, for a
 * phone's width.
 */
export const PROVINCE_TILES: Record<string, { name: string; short: string; x: number; y: number }> = {
  '23': { name: '黑龙江', short: '黑', x: 7, y: 0 },
  '15': { name: '内蒙古', short: '蒙', x: 4, y: 1 },
  '11': { name: '北京', short: '京', x: 5, y: 1 },
  '12': { name: '天津', short: '津', x: 6, y: 1 },
  '22': { name: '吉林', short: '吉', x: 7, y: 1 },
  '65': { name: '新疆', short: '新', x: 0, y: 2 },
  '62': { name: '甘肃', short: '甘', x: 2, y: 2 },
  '64': { name: '宁夏', short: '宁', x: 3, y: 2 },
  '14': { name: '山西', short: '晋', x: 4, y: 2 },
  '13': { name: '河北', short: '冀', x: 5, y: 2 },
  '21': { name: '辽宁', short: '辽', x: 7, y: 2 },
  '63': { name: '青海', short: '青', x: 1, y: 3 },
  '61': { name: '陕西', short: '陕', x: 3, y: 3 },
  '41': { name: '河南', short: '豫', x: 4, y: 3 },
  '37': { name: '山东', short: '鲁', x: 5, y: 3 },
  '54': { name: '西藏', short: '藏', x: 0, y: 4 },
  '51': { name: '四川', short: '川', x: 1, y: 4 },
  '50': { name: '重庆', short: '渝', x: 2, y: 4 },
  '42': { name: '湖北', short: '鄂', x: 3, y: 4 },
  '34': { name: '安徽', short: '皖', x: 4, y: 4 },
  '32': { name: '江苏', short: '苏', x: 5, y: 4 },
  '31': { name: '上海', short: '沪', x: 6, y: 4 },
  '53': { name: '云南', short: '云', x: 1, y: 5 },
  '52': { name: '贵州', short: '贵', x: 2, y: 5 },
  '43': { name: '湖南', short: '湘', x: 3, y: 5 },
  '36': { name: '江西', short: '赣', x: 4, y: 5 },
  '33': { name: '浙江', short: '浙', x: 5, y: 5 },
  '45': { name: '广西', short: '桂', x: 2, y: 6 },
  '44': { name: '广东', short: '粤', x: 3, y: 6 },
  '35': { name: '福建', short: '闽', x: 4, y: 6 },
  '71': { name: '台湾', short: '台', x: 5, y: 6 },
  '46': { name: '海南', short: '琼', x: 2, y: 7 },
  '82': { name: '澳门', short: '澳', x: 3, y: 7 },
  '81': { name: '香港', short: '港', x: 4, y: 7 },
}

export const TILE_COLUMNS = 8
export const TILE_ROWS = 8
