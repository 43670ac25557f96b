// The generic text-query converter: walks the legacy parse tree and renders it with a backend's
// declared tokens. Backend-specific behaviour lives in the backend's hooks, not here.
import { UnsupportedFeatureError } from '../diagnostics'
import type { LegacyNode, PlainValue } from '../model/legacy-nodes'
import { format, type ConversionState, type Render, type TextQueryBackend } from './backend'

const PYTHON_TYPE: Record<string, string> = { bool: "<class 'bool'>", float: "<class 'float'>", null: "<class 'NoneType'>" }

function unsupported(backend: TextQueryBackend, what: string, node?: LegacyNode): never {
  throw new UnsupportedFeatureError(`${backend.id} cannot express ${what}.`, node && 'range' in node ? node.range : undefined)
}

/** What Python's len() gave for a sub-expression's child in the legacy tree. */
function legacyLength(node: LegacyNode): number {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.length
    case 'field':
      return 2
    case 'keyword':
      return node.value.text.length
    case 'sub':
      return Number.NaN // the original crashed here; we parenthesize, which is always correct
    default:
      return 1
  }
}

export function renderSearch(backend: TextQueryBackend, tree: LegacyNode, state: ConversionState): string | null {
  const render: Render = (node) => {
    const hooks = backend.nodes
    switch (node.kind) {
      case 'and':
        return hooks?.and ? hooks.and(node, render, state) : joinItems(node.items, backend.andToken)
      case 'or':
        return hooks?.or ? hooks.or(node, render, state) : joinItems(node.items, backend.orToken)
      case 'not': {
        if (hooks?.not) return hooks.not(node, render, state)
        const inner = render(node.item)
        return inner === null ? null : backend.notToken + inner
      }
      case 'sub': {
        const renderDefault = () => {
          const inner = render(node.item)
          if (!backend.parenthesizeSingleItemSub && legacyLength(node.item) === 1) return inner
          return inner ? format(backend.subExpression, inner) : null
        }
        return hooks?.sub ? hooks.sub(node, render, state, renderDefault) : renderDefault()
      }
      case 'field':
        return hooks?.field ? hooks.field(node, render, state) : renderField(node)
      case 'keyword':
        return plain(node.value, node)
      case 'null':
        if (backend.fieldless) warn(`${backend.id} searches whole lines and cannot test whether a field is missing; the reference's output only checks that the field name is absent.`, node)
        return format(backend.nullExpression, backend.fieldName ? backend.fieldName(node.field, null, state) : node.field)
      case 'not-null':
        return format(backend.notNullExpression, node.field)
    }
  }

  const joinItems = (items: LegacyNode[], token: string): string | null => {
    const parts = items.map(render).filter((p): p is string => p !== null)
    return parts.length > 0 ? parts.join(token) : null
  }

  const plain = (value: PlainValue, node: LegacyNode): string => {
    if (value.type === 'str' || value.type === 'int') return backend.value(value, state)
    return unsupported(backend, `a value of type ${PYTHON_TYPE[value.type] ?? value.type} ('${value.text}'); quote it to search for the text`, node)
  }

  const mapItem = (field: string, value: string): string =>
    typeof backend.mapExpression === 'string' ? format(backend.mapExpression, field, value) : backend.mapExpression(field, value)

  const warn = (message: string, node: LegacyNode) => {
    if (!state.warnings.some((w) => w.message === message)) state.warnings.push({ message, range: 'range' in node ? node.range : undefined })
  }

  const renderField = (node: Extract<LegacyNode, { kind: 'field' }>): string => {
    const { value } = node
    if (node.field === '' && typeof backend.mapExpression === 'string') {
      warn("A field-less value list with modifiers (e.g. '|all') is written with an empty field name, as the reference converter did; the query will not match as intended. Use a plain keyword list or name the field.", node)
    }
    if (Array.isArray(value)) {
      const fieldName = backend.fieldName ? backend.fieldName(node.field, value, state) : node.field
      for (const item of value) plain(item, node) // type check before rendering, like the original
      if (backend.mapList) return backend.mapList(fieldName, value, (v) => plain(v, node))
      const items = value.map((v) => plain(v, node))
      const list = backend.unwrapSingleItemList && items.length === 1 ? items[0] : format(backend.listExpression, items.join(backend.listSeparator))
      return mapItem(fieldName, list)
    }
    if (value.type === 're') {
      if (!backend.regex) return unsupported(backend, "regular expressions (the 're' modifier)", node)
      return backend.regex(node.field, value.text)
    }
    const fieldName = backend.fieldName ? backend.fieldName(node.field, value, state) : node.field
    return mapItem(fieldName, plain(value, node))
  }

  return render(tree)
}
