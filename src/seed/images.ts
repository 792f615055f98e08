import sharp from 'sharp'

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * Demo images made on the spot (the scraped page has none): a title card for an article's hero and an
 * initials avatar for an author, rendered from SVG by sharp, so the seed needs no network.
 */
export const titleCard = async (title: string, hue: number): Promise<Buffer> => {
  const lines = title.match(/.{1,28}(\s|$)/g)?.map((line) => line.trim()) ?? [title]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,55%)"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    ${lines.map((line, index) => `<text x="120" y="${380 + index * 110}" font-family="sans-serif" font-size="92" font-weight="700" fill="#fff">${escapeXml(line)}</text>`).join('')}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

export const initialsAvatar = async (name: string): Promise<Buffer> => {
  const initials = name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase()
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">
    <rect width="600" height="600" fill="hsl(205,45%,40%)"/>
    <text x="300" y="370" text-anchor="middle" font-family="sans-serif" font-size="240" font-weight="700" fill="#fff">${escapeXml(initials)}</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
