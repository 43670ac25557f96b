// Specific instead of generic log source: e.g. `service: sysmon` + `EventID: 1` is what the generic
// `category: process_creation` stands for, and only the generic form maps onto every backend.
import { mapEntry, scalarText } from '../../parse/yaml-tree'
import { SERVICE_EVENT_CATEGORIES } from '../../schema/taxonomy'
import type { Reporter } from '../reporter'
import type { RuleContext } from '../rule-model'

export function checkSpecificLogsource(ctx: RuleContext, r: Reporter): void {
  if (ctx.kind !== 'detection' || !ctx.detection) return
  const logsource = mapEntry(ctx.rule, 'logsource')?.value
  if (scalarText(mapEntry(logsource, 'product')?.value) !== 'windows') return
  if (mapEntry(logsource, 'category')) return
  const service = scalarText(mapEntry(logsource, 'service')?.value)
  const table = service && Object.hasOwn(SERVICE_EVENT_CATEGORIES, service) ? SERVICE_EVENT_CATEGORIES[service] : undefined
  if (!table) return
  for (const item of ctx.detection.items) {
    if (item.field !== 'EventID' || item.modifiers.length > 0) continue
    for (const value of item.values) {
      if (!/^\d+$/.test(value.text)) continue
      const category = table[Number(value.text)]
      if (!category) continue
      r.report('specific-logsource', value.range,
        `service: ${service} with EventID ${value.text} is what the generic log source 'category: ${category}' describes: use 'category: ${category}' (with product: windows) and drop the EventID, so the rule works with every telemetry source.`)
    }
  }
}
