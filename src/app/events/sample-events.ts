// Hand-written Windows events for the seed rule (PsExec): three that match (a 7045 service install,
// a 7036 state change and the Sysmon process creation of PSEXESVC.exe as SYSTEM) and three that do
// not (the shell PsExec starts, another service install, a logon). NDJSON: one event per line.
const EVENTS: Record<string, unknown>[] = [
  {
    EventID: 7045, Channel: 'System', Provider_Name: 'Service Control Manager', Computer: 'WS-FIN-042.corp.example',
    TimeCreated_SystemTime: '2024-05-14T09:12:03.4711Z', ServiceName: 'PSEXESVC', ServiceFileName: '%SystemRoot%\\PSEXESVC.exe',
    ServiceType: 'user mode service', StartType: 'demand start', AccountName: 'LocalSystem',
  },
  {
    EventID: 7036, Channel: 'System', Provider_Name: 'Service Control Manager', Computer: 'WS-FIN-042.corp.example',
    TimeCreated_SystemTime: '2024-05-14T09:12:03.5017Z', ServiceName: 'PSEXESVC', param1: 'PSEXESVC', param2: 'running',
  },
  {
    EventID: 1, Channel: 'Microsoft-Windows-Sysmon/Operational', Computer: 'WS-FIN-042.corp.example',
    UtcTime: '2024-05-14 09:12:03.512', ProcessId: 4812, Image: 'C:\\Windows\\PSEXESVC.exe', CommandLine: 'C:\\Windows\\PSEXESVC.exe',
    CurrentDirectory: 'C:\\Windows\\system32\\', User: 'NT AUTHORITY\\SYSTEM', IntegrityLevel: 'System',
    ParentImage: 'C:\\Windows\\System32\\services.exe', ParentCommandLine: 'C:\\Windows\\system32\\services.exe',
  },
  {
    EventID: 1, Channel: 'Microsoft-Windows-Sysmon/Operational', Computer: 'WS-FIN-042.corp.example',
    UtcTime: '2024-05-14 09:12:04.078', ProcessId: 5120, Image: 'C:\\Windows\\System32\\cmd.exe', CommandLine: 'cmd.exe /c "whoami /all"',
    CurrentDirectory: 'C:\\Windows\\system32\\', User: 'CORP\\svc-backup', IntegrityLevel: 'High',
    ParentImage: 'C:\\Windows\\PSEXESVC.exe', ParentCommandLine: 'C:\\Windows\\PSEXESVC.exe',
  },
  {
    EventID: 7045, Channel: 'System', Provider_Name: 'Service Control Manager', Computer: 'WS-FIN-042.corp.example',
    TimeCreated_SystemTime: '2024-05-14T10:02:41.0093Z', ServiceName: 'Google Update Service (gupdate)',
    ServiceFileName: '"C:\\Program Files (x86)\\Google\\Update\\GoogleUpdate.exe" /svc', ServiceType: 'user mode service',
    StartType: 'auto start', AccountName: 'LocalSystem',
  },
  {
    EventID: 4624, Channel: 'Security', Provider_Name: 'Microsoft-Windows-Security-Auditing', Computer: 'WS-FIN-042.corp.example',
    TimeCreated_SystemTime: '2024-05-14T09:12:02.9930Z', TargetUserName: 'svc-backup', TargetDomainName: 'CORP', LogonType: 3,
    IpAddress: '10.20.4.17', WorkstationName: 'ADMIN-07', AuthenticationPackageName: 'NTLM',
  },
]

export const SAMPLE_EVENTS = EVENTS.map((event) => JSON.stringify(event)).join('\n') + '\n'
