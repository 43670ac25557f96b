// Names of MITRE ATT&CK (Enterprise) tactics and techniques, for labelling links on rule pages.
// A curated subset, not the full knowledge base: techniques missing here are shown by id only.
// Deprecated techniques that older Sigma rules still tag (e.g. T1035, T1086) keep their old names.

/** Sigma tag name (attack.<name>) → [tactic id, display name]. */
export const ATTACK_TACTICS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['reconnaissance', ['TA0043', 'Reconnaissance']],
  ['resource_development', ['TA0042', 'Resource Development']],
  ['initial_access', ['TA0001', 'Initial Access']],
  ['execution', ['TA0002', 'Execution']],
  ['persistence', ['TA0003', 'Persistence']],
  ['privilege_escalation', ['TA0004', 'Privilege Escalation']],
  ['defense_evasion', ['TA0005', 'Defense Evasion']],
  ['credential_access', ['TA0006', 'Credential Access']],
  ['discovery', ['TA0007', 'Discovery']],
  ['lateral_movement', ['TA0008', 'Lateral Movement']],
  ['collection', ['TA0009', 'Collection']],
  ['command_and_control', ['TA0011', 'Command and Control']],
  ['exfiltration', ['TA0010', 'Exfiltration']],
  ['impact', ['TA0040', 'Impact']],
])

const TECHNIQUE_LINES = `
T1001 Data Obfuscation
T1002 Data Compressed
T1003 OS Credential Dumping
T1003.001 LSASS Memory
T1003.002 Security Account Manager
T1003.003 NTDS
T1003.006 DCSync
T1004 Winlogon Helper DLL
T1005 Data from Local System
T1006 Direct Volume Access
T1007 System Service Discovery
T1008 Fallback Channels
T1009 Binary Padding
T1010 Application Window Discovery
T1011 Exfiltration Over Other Network Medium
T1012 Query Registry
T1013 Port Monitors
T1014 Rootkit
T1015 Accessibility Features
T1016 System Network Configuration Discovery
T1018 Remote System Discovery
T1020 Automated Exfiltration
T1021 Remote Services
T1021.001 Remote Desktop Protocol
T1021.002 SMB/Windows Admin Shares
T1021.006 Windows Remote Management
T1022 Data Encrypted
T1023 Shortcut Modification
T1025 Data from Removable Media
T1027 Obfuscated Files or Information
T1028 Windows Remote Management
T1029 Scheduled Transfer
T1030 Data Transfer Size Limits
T1031 Modify Existing Service
T1033 System Owner/User Discovery
T1034 Path Interception
T1035 Service Execution
T1036 Masquerading
T1037 Boot or Logon Initialization Scripts
T1038 DLL Search Order Hijacking
T1039 Data from Network Shared Drive
T1040 Network Sniffing
T1041 Exfiltration Over C2 Channel
T1042 Change Default File Association
T1043 Commonly Used Port
T1046 Network Service Discovery
T1047 Windows Management Instrumentation
T1048 Exfiltration Over Alternative Protocol
T1049 System Network Connections Discovery
T1050 New Service
T1053 Scheduled Task/Job
T1053.005 Scheduled Task
T1055 Process Injection
T1056 Input Capture
T1057 Process Discovery
T1059 Command and Scripting Interpreter
T1059.001 PowerShell
T1059.003 Windows Command Shell
T1059.004 Unix Shell
T1059.005 Visual Basic
T1059.006 Python
T1059.007 JavaScript
T1060 Registry Run Keys / Startup Folder
T1063 Security Software Discovery
T1064 Scripting
T1068 Exploitation for Privilege Escalation
T1069 Permission Groups Discovery
T1070 Indicator Removal
T1070.001 Clear Windows Event Logs
T1070.004 File Deletion
T1070.006 Timestomp
T1071 Application Layer Protocol
T1071.001 Web Protocols
T1071.004 DNS
T1072 Software Deployment Tools
T1073 DLL Side-Loading
T1074 Data Staged
T1075 Pass the Hash
T1076 Remote Desktop Protocol
T1077 Windows Admin Shares
T1078 Valid Accounts
T1081 Credentials in Files
T1082 System Information Discovery
T1083 File and Directory Discovery
T1084 Windows Management Instrumentation Event Subscription
T1085 Rundll32
T1086 PowerShell
T1087 Account Discovery
T1088 Bypass User Account Control
T1089 Disabling Security Tools
T1090 Proxy
T1091 Replication Through Removable Media
T1093 Process Hollowing
T1095 Non-Application Layer Protocol
T1096 NTFS File Attributes
T1097 Pass the Ticket
T1098 Account Manipulation
T1099 Timestomp
T1100 Web Shell
T1102 Web Service
T1103 AppInit DLLs
T1105 Ingress Tool Transfer
T1106 Native API
T1107 File Deletion
T1110 Brute Force
T1112 Modify Registry
T1113 Screen Capture
T1114 Email Collection
T1115 Clipboard Data
T1117 Regsvr32
T1118 InstallUtil
T1119 Automated Collection
T1120 Peripheral Device Discovery
T1121 Regsvcs/Regasm
T1122 Component Object Model Hijacking
T1123 Audio Capture
T1124 System Time Discovery
T1125 Video Capture
T1127 Trusted Developer Utilities Proxy Execution
T1128 Netsh Helper DLL
T1129 Shared Modules
T1130 Install Root Certificate
T1132 Data Encoding
T1133 External Remote Services
T1134 Access Token Manipulation
T1135 Network Share Discovery
T1136 Create Account
T1137 Office Application Startup
T1138 Application Shimming
T1140 Deobfuscate/Decode Files or Information
T1170 Mshta
T1176 Browser Extensions
T1183 Image File Execution Options Injection
T1185 Browser Session Hijacking
T1187 Forced Authentication
T1189 Drive-by Compromise
T1190 Exploit Public-Facing Application
T1191 CMSTP
T1192 Spearphishing Link
T1193 Spearphishing Attachment
T1195 Supply Chain Compromise
T1196 Control Panel Items
T1197 BITS Jobs
T1199 Trusted Relationship
T1200 Hardware Additions
T1201 Password Policy Discovery
T1202 Indirect Command Execution
T1203 Exploitation for Client Execution
T1204 User Execution
T1204.002 Malicious File
T1207 Rogue Domain Controller
T1208 Kerberoasting
T1210 Exploitation of Remote Services
T1211 Exploitation for Defense Evasion
T1212 Exploitation for Credential Access
T1213 Data from Information Repositories
T1216 System Script Proxy Execution
T1217 Browser Information Discovery
T1218 System Binary Proxy Execution
T1218.003 CMSTP
T1218.005 Mshta
T1218.007 Msiexec
T1218.010 Regsvr32
T1218.011 Rundll32
T1219 Remote Access Software
T1220 XSL Script Processing
T1221 Template Injection
T1222 File and Directory Permissions Modification
T1223 Compiled HTML File
T1480 Execution Guardrails
T1482 Domain Trust Discovery
T1485 Data Destruction
T1486 Data Encrypted for Impact
T1489 Service Stop
T1490 Inhibit System Recovery
T1491 Defacement
T1495 Firmware Corruption
T1496 Resource Hijacking
T1497 Virtualization/Sandbox Evasion
T1498 Network Denial of Service
T1499 Endpoint Denial of Service
T1505 Server Software Component
T1505.003 Web Shell
T1518 Software Discovery
T1526 Cloud Service Discovery
T1528 Steal Application Access Token
T1529 System Shutdown/Reboot
T1531 Account Access Removal
T1534 Internal Spearphishing
T1537 Transfer Data to Cloud Account
T1539 Steal Web Session Cookie
T1542 Pre-OS Boot
T1543 Create or Modify System Process
T1543.003 Windows Service
T1546 Event Triggered Execution
T1546.003 Windows Management Instrumentation Event Subscription
T1546.008 Accessibility Features
T1546.012 Image File Execution Options Injection
T1546.015 Component Object Model Hijacking
T1547 Boot or Logon Autostart Execution
T1547.001 Registry Run Keys / Startup Folder
T1548 Abuse Elevation Control Mechanism
T1548.002 Bypass User Account Control
T1550 Use Alternate Authentication Material
T1550.002 Pass the Hash
T1550.003 Pass the Ticket
T1552 Unsecured Credentials
T1552.001 Credentials In Files
T1553 Subvert Trust Controls
T1555 Credentials from Password Stores
T1555.003 Credentials from Web Browsers
T1556 Modify Authentication Process
T1557 Adversary-in-the-Middle
T1558 Steal or Forge Kerberos Tickets
T1558.003 Kerberoasting
T1559 Inter-Process Communication
T1560 Archive Collected Data
T1561 Disk Wipe
T1562 Impair Defenses
T1562.001 Disable or Modify Tools
T1562.002 Disable Windows Event Logging
T1563 Remote Service Session Hijacking
T1564 Hide Artifacts
T1564.001 Hidden Files and Directories
T1564.004 NTFS File Attributes
T1565 Data Manipulation
T1566 Phishing
T1566.001 Spearphishing Attachment
T1566.002 Spearphishing Link
T1567 Exfiltration Over Web Service
T1568 Dynamic Resolution
T1569 System Services
T1569.002 Service Execution
T1570 Lateral Tool Transfer
T1571 Non-Standard Port
T1572 Protocol Tunneling
T1573 Encrypted Channel
T1574 Hijack Execution Flow
T1578 Modify Cloud Compute Infrastructure
T1580 Cloud Infrastructure Discovery
T1583 Acquire Infrastructure
T1584 Compromise Infrastructure
T1585 Establish Accounts
T1586 Compromise Accounts
T1587 Develop Capabilities
T1588 Obtain Capabilities
T1589 Gather Victim Identity Information
T1590 Gather Victim Network Information
T1591 Gather Victim Org Information
T1592 Gather Victim Host Information
T1595 Active Scanning
T1598 Phishing for Information
T1606 Forge Web Credentials
T1608 Stage Capabilities
T1609 Container Administration Command
T1610 Deploy Container
T1611 Escape to Host
T1613 Container and Resource Discovery
T1614 System Location Discovery
T1615 Group Policy Discovery
T1620 Reflective Code Loading
T1621 Multi-Factor Authentication Request Generation
T1622 Debugger Evasion
T1649 Steal or Forge Authentication Certificates
`

/** Technique id (T1035, T1059.001) → name. */
export const ATTACK_TECHNIQUES: ReadonlyMap<string, string> = new Map(
  TECHNIQUE_LINES.trim()
    .split('\n')
    .map((line) => {
      const space = line.indexOf(' ')
      return [line.slice(0, space), line.slice(space + 1)] as const
    }),
)
