/**
 * Builders for Lexical's serialized editor state, the JSON Payload stores for rich text. Used to import
 * content (the seed) and in tests; the admin's editor reads and writes the same shapes.
 */
export type LexicalNode = Record<string, unknown>

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})

export const text = (value: string): LexicalNode => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

export const paragraph = (value: string): LexicalNode => element('paragraph', value ? [text(value)] : [], { textFormat: 0, textStyle: '' })

export const heading = (value: string, level: 2 | 3 | 4 = 2): LexicalNode => element('heading', [text(value)], { tag: `h${level}` })

export const list = (items: string[], ordered = false): LexicalNode =>
  element(
    'list',
    items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
    { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 },
  )

/** Lexical's headerState: 1 marks a header row cell, 2 a header column cell. */
export const table = (rows: string[][]): LexicalNode =>
  element(
    'table',
    rows.map((row, rowIndex) =>
      element(
        'tablerow',
        row.map((cell, columnIndex) =>
          element('tablecell', [paragraph(cell)], {
            headerState: rowIndex === 0 ? 1 : columnIndex === 0 ? 2 : 0,
            colSpan: 1,
            rowSpan: 1,
            backgroundColor: null,
          }),
        ),
        { height: null },
      ),
    ),
  )

export const richText = (children: LexicalNode[]) => ({ root: element('root', children) })

/** Plain text of a rich-text value (for excerpts, search and tests). */
export const plainText = (value: unknown): string => {
  const walk = (node: any): string =>
    node?.type === 'text' ? String(node.text ?? '') : Array.isArray(node?.children) ? node.children.map(walk).join(node.type === 'root' ? '\n' : ' ') : ''
  return walk((value as { root?: unknown })?.root)
}
