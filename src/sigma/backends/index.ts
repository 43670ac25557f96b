// The backend registry: adding a target is one file plus one line here.
import type { TextQueryBackend } from '../convert/backend'
import { esQs } from './es-qs'
import { graylog } from './graylog'
import { grep } from './grep'
import { logpoint } from './logpoint'
import { splunk } from './splunk'
import { xpackWatcher } from './xpack-watcher'

export const BACKENDS: readonly TextQueryBackend[] = [esQs, xpackWatcher, graylog, splunk, logpoint, grep]

export function findBackend(id: string): TextQueryBackend | undefined {
  return BACKENDS.find((backend) => backend.id === id)
}
