
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'roster' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'roster'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'roster' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database (idempotent)')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organisations: enterprises, agencies, shops (EN-1 … EN-6)')
            [CompletionResult]::new('position', 'position', [CompletionResultType]::ParameterValue, 'Positions: named permission sets (POS-1 … POS-5)')
            [CompletionResult]::new('department', 'department', [CompletionResultType]::ParameterValue, 'Departments of an enterprise, addressed by path (DEP-1)')
            [CompletionResult]::new('employee', 'employee', [CompletionResultType]::ParameterValue, 'Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'One-time verification codes (VC-1)')
            [CompletionResult]::new('subaccount', 'subaccount', [CompletionResultType]::ParameterValue, 'Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)')
            [CompletionResult]::new('cs', 'cs', [CompletionResultType]::ParameterValue, 'Customer-service routing of a shop (SH-4)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who holds which permission, now or at any past instant (POS-4)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export what import reads back (csv, or jsonl with --format jsonl)')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'End what has expired; one idempotent pass for cron (SW-1)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)')
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who did what, when (AU-1)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database, consistently, while others write (SQLite''s online backup)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, schema, counters, audit trail, identity numbers in clear')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The configuration in force')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), or the command reference as Markdown')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an enterprise, agency or shop (EN-1)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark an enterprise verified (EN-2); needed before any employee account')
            [CompletionResult]::new('level', 'level', [CompletionResultType]::ParameterValue, 'Set an enterprise''s growth level, which sets its quota (EN-3, EN-4)')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'Grant or revoke the marketing tools an enterprise holds (EN-5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organisation with quota_used / quota_limit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;org;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enterprise', 'enterprise', [CompletionResultType]::ParameterValue, 'An enterprise account (企业号)')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'An MCN agency (机构) on the agency workbench')
            [CompletionResult]::new('shop', 'shop', [CompletionResultType]::ParameterValue, 'A shop (抖店)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;org;create;enterprise' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The enterprise''s registered name')
            [CompletionResult]::new('--uscc', '--uscc', [CompletionResultType]::ParameterName, 'Unified social credit code (18 characters, GB 32100)')
            [CompletionResult]::new('--legal-rep-name', '--legal-rep-name', [CompletionResultType]::ParameterName, 'Legal representative''s name')
            [CompletionResult]::new('--legal-rep-id', '--legal-rep-id', [CompletionResultType]::ParameterName, 'Legal representative''s resident identity number (GB 11643)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--individual-business', '--individual-business', [CompletionResultType]::ParameterName, 'An individual business (个体户)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;create;agency' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The agency''s name')
            [CompletionResult]::new('--main-phone', '--main-phone', [CompletionResultType]::ParameterName, 'The main account''s mobile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;create;shop' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The shop''s name')
            [CompletionResult]::new('--shop-type', '--shop-type', [CompletionResultType]::ParameterName, 'The shop type (or its Chinese name, 旗舰店)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The qualification subject''s unified social credit code')
            [CompletionResult]::new('--main-phone', '--main-phone', [CompletionResultType]::ParameterName, 'The main account''s mobile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--cross-border', '--cross-border', [CompletionResultType]::ParameterName, 'A cross-border shop (跨境)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;create;help' {
            [CompletionResult]::new('enterprise', 'enterprise', [CompletionResultType]::ParameterValue, 'An enterprise account (企业号)')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'An MCN agency (机构) on the agency workbench')
            [CompletionResult]::new('shop', 'shop', [CompletionResultType]::ParameterValue, 'A shop (抖店)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;org;create;help;enterprise' {
            break
        }
        'roster;org;create;help;agency' {
            break
        }
        'roster;org;create;help;shop' {
            break
        }
        'roster;org;create;help;help' {
            break
        }
        'roster;org;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;level' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;tools' {
            [CompletionResult]::new('--grant', '--grant', [CompletionResultType]::ParameterName, 'Tool codes to grant, comma-separated')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Tool codes to revoke, comma-separated')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only this kind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;org;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an enterprise, agency or shop (EN-1)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark an enterprise verified (EN-2); needed before any employee account')
            [CompletionResult]::new('level', 'level', [CompletionResultType]::ParameterValue, 'Set an enterprise''s growth level, which sets its quota (EN-3, EN-4)')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'Grant or revoke the marketing tools an enterprise holds (EN-5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organisation with quota_used / quota_limit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;org;help;create' {
            [CompletionResult]::new('enterprise', 'enterprise', [CompletionResultType]::ParameterValue, 'An enterprise account (企业号)')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'An MCN agency (机构) on the agency workbench')
            [CompletionResult]::new('shop', 'shop', [CompletionResultType]::ParameterValue, 'A shop (抖店)')
            break
        }
        'roster;org;help;create;enterprise' {
            break
        }
        'roster;org;help;create;agency' {
            break
        }
        'roster;org;help;create;shop' {
            break
        }
        'roster;org;help;verify' {
            break
        }
        'roster;org;help;level' {
            break
        }
        'roster;org;help;tools' {
            break
        }
        'roster;org;help;show' {
            break
        }
        'roster;org;help;list' {
            break
        }
        'roster;org;help;help' {
            break
        }
        'roster;position' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a position in --org (POS-1)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a position''s permissions, description or name (POS-5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a position nobody holds (POS-5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one position')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the positions of --org')
            [CompletionResult]::new('catalogue', 'catalogue', [CompletionResultType]::ParameterValue, 'The permission codes of an org kind (POS-2a)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;position;create' {
            [CompletionResult]::new('--perm', '--perm', [CompletionResultType]::ParameterName, 'Permission codes, comma-separated ('''' for none)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the position is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;position;edit' {
            [CompletionResult]::new('--perm', '--perm', [CompletionResultType]::ParameterName, 'The new permission set (replaces the old one)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--rename', '--rename', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;position;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;position;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;position;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;position;catalogue' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;position;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a position in --org (POS-1)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a position''s permissions, description or name (POS-5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a position nobody holds (POS-5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one position')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the positions of --org')
            [CompletionResult]::new('catalogue', 'catalogue', [CompletionResultType]::ParameterValue, 'The permission codes of an org kind (POS-2a)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;position;help;create' {
            break
        }
        'roster;position;help;edit' {
            break
        }
        'roster;position;help;delete' {
            break
        }
        'roster;position;help;show' {
            break
        }
        'roster;position;help;list' {
            break
        }
        'roster;position;help;catalogue' {
            break
        }
        'roster;position;help;help' {
            break
        }
        'roster;department' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a department; its parent must exist (DEP-1)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the last segment of PATH; sub-departments follow')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a department under another (--to / for the top level)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a department without sub-departments or members')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the department tree of --org')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;department;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;department;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;department;move' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new parent''s path (/ for the top level)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;department;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;department;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;department;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a department; its parent must exist (DEP-1)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the last segment of PATH; sub-departments follow')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a department under another (--to / for the top level)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a department without sub-departments or members')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the department tree of --org')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;department;help;create' {
            break
        }
        'roster;department;help;rename' {
            break
        }
        'roster;department;help;move' {
            break
        }
        'roster;department;help;delete' {
            break
        }
        'roster;department;help;list' {
            break
        }
        'roster;department;help;help' {
            break
        }
        'roster;employee' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review: approve or reject with a reason (EA-5)')
            [CompletionResult]::new('resubmit', 'resubmit', [CompletionResultType]::ParameterValue, 'Correct a rejected application and send it back to review (EA-5)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a rejected application, freeing its seat (EA-5)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Record the employee''s activation in the app (EA-6)')
            [CompletionResult]::new('assets', 'assets', [CompletionResultType]::ParameterValue, 'Record whether the account holds unsettled assets (EA-8)')
            [CompletionResult]::new('resign', 'resign', [CompletionResultType]::ParameterValue, 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)')
            [CompletionResult]::new('unbind-confirm', 'unbind-confirm', [CompletionResultType]::ParameterValue, 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Hand a vacant account to a new employee; it goes through review again (EA-9)')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Request deregistration with every material; due in 5 working days (EA-10)')
            [CompletionResult]::new('deregister-review', 'deregister-review', [CompletionResultType]::ParameterValue, 'Record the platform''s decision on a deregistration (EA-10)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one employee account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List employee accounts (every org''s, or --org''s)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every holder of the account with their period, newest first (EA-9)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Eligibility report: showcase, merchant-page or xingtu (EA-12)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;employee;apply' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department path, e.g. Sales/East')
            [CompletionResult]::new('--proof-note', '--proof-note', [CompletionResultType]::ParameterName, 'The written explanation a legal-rep-signed proof needs')
            [CompletionResult]::new('--douyin-id', '--douyin-id', [CompletionResultType]::ParameterName, 'The Douyin id the new account has, when known')
            [CompletionResult]::new('--contact-phone', '--contact-phone', [CompletionResultType]::ParameterName, 'A contact phone besides the login email')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The employee''s name')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'Resident identity number (GB 11643)')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Position name in the enterprise')
            [CompletionResult]::new('--proof', '--proof', [CompletionResultType]::ParameterName, 'Proof of employment (EA-3)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--agree', '--agree', [CompletionResultType]::ParameterName, 'Agree to the platform agreement (EA-1)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the initial password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;review' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the review rejects (with --reject)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'The platform approved it')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'The platform rejected it (with --reason)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;resubmit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The employee''s name')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'Resident identity number (GB 11643)')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Position name in the enterprise')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department path, e.g. Sales/East')
            [CompletionResult]::new('--proof', '--proof', [CompletionResultType]::ParameterName, 'Proof of employment (EA-3)')
            [CompletionResult]::new('--proof-note', '--proof-note', [CompletionResultType]::ParameterName, 'The written explanation a legal-rep-signed proof needs')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;withdraw' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;activate' {
            [CompletionResult]::new('--face-id-number', '--face-id-number', [CompletionResultType]::ParameterName, 'The identity number face verification matched')
            [CompletionResult]::new('--aux-phone', '--aux-phone', [CompletionResultType]::ParameterName, 'The holder''s own mobile, bound as auxiliary phone')
            [CompletionResult]::new('--app-version', '--app-version', [CompletionResultType]::ParameterName, 'The Douyin app version used (20.7 or later; web is not supported)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--new-password-stdin', '--new-password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;assets' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--unsettled', '--unsettled', [CompletionResultType]::ParameterName, 'The account holds unsettled assets (earnings, orders, deposits)')
            [CompletionResult]::new('--settled', '--settled', [CompletionResultType]::ParameterName, 'Its assets are settled')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;resign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--agree', '--agree', [CompletionResultType]::ParameterName, 'Agree to the platform agreement on resignation (EA-8)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;unbind-confirm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;enable' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department path, e.g. Sales/East')
            [CompletionResult]::new('--proof-note', '--proof-note', [CompletionResultType]::ParameterName, 'The written explanation a legal-rep-signed proof needs')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The employee''s name')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'Resident identity number (GB 11643)')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Position name in the enterprise')
            [CompletionResult]::new('--proof', '--proof', [CompletionResultType]::ParameterName, 'Proof of employment (EA-3)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--agree', '--agree', [CompletionResultType]::ParameterName, 'Agree to the platform agreement for the new holder (EA-9)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new holder''s initial password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;deregister' {
            [CompletionResult]::new('--materials', '--materials', [CompletionResultType]::ParameterName, 'The materials handed in, comma-separated')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;deregister-review' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the review rejects (with --reject)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'The platform approved it')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'The platform rejected it (with --reason)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts in this state')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Only holders of this position (needs --org)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only this department and its sub-departments (needs --org)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;check' {
            [CompletionResult]::new('--public-videos', '--public-videos', [CompletionResultType]::ParameterName, 'How many public videos the account has')
            [CompletionResult]::new('--followers', '--followers', [CompletionResultType]::ParameterName, 'How many followers the account has')
            [CompletionResult]::new('--module', '--module', [CompletionResultType]::ParameterName, 'A configured merchant-page module: CODE:approved or CODE:pending (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--real-name', '--real-name', [CompletionResultType]::ParameterName, 'Real-name verification is done')
            [CompletionResult]::new('--deposit-paid', '--deposit-paid', [CompletionResultType]::ParameterName, 'The showcase deposit is paid')
            [CompletionResult]::new('--xingtu', '--xingtu', [CompletionResultType]::ParameterName, 'The account holds the creator-marketplace identity')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;employee;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review: approve or reject with a reason (EA-5)')
            [CompletionResult]::new('resubmit', 'resubmit', [CompletionResultType]::ParameterValue, 'Correct a rejected application and send it back to review (EA-5)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a rejected application, freeing its seat (EA-5)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Record the employee''s activation in the app (EA-6)')
            [CompletionResult]::new('assets', 'assets', [CompletionResultType]::ParameterValue, 'Record whether the account holds unsettled assets (EA-8)')
            [CompletionResult]::new('resign', 'resign', [CompletionResultType]::ParameterValue, 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)')
            [CompletionResult]::new('unbind-confirm', 'unbind-confirm', [CompletionResultType]::ParameterValue, 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Hand a vacant account to a new employee; it goes through review again (EA-9)')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Request deregistration with every material; due in 5 working days (EA-10)')
            [CompletionResult]::new('deregister-review', 'deregister-review', [CompletionResultType]::ParameterValue, 'Record the platform''s decision on a deregistration (EA-10)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one employee account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List employee accounts (every org''s, or --org''s)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every holder of the account with their period, newest first (EA-9)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Eligibility report: showcase, merchant-page or xingtu (EA-12)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;employee;help;apply' {
            break
        }
        'roster;employee;help;review' {
            break
        }
        'roster;employee;help;resubmit' {
            break
        }
        'roster;employee;help;withdraw' {
            break
        }
        'roster;employee;help;activate' {
            break
        }
        'roster;employee;help;assets' {
            break
        }
        'roster;employee;help;resign' {
            break
        }
        'roster;employee;help;unbind-confirm' {
            break
        }
        'roster;employee;help;enable' {
            break
        }
        'roster;employee;help;deregister' {
            break
        }
        'roster;employee;help;deregister-review' {
            break
        }
        'roster;employee;help;show' {
            break
        }
        'roster;employee;help;list' {
            break
        }
        'roster;employee;help;history' {
            break
        }
        'roster;employee;help;check' {
            break
        }
        'roster;employee;help;help' {
            break
        }
        'roster;auth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The employee fills in their information within 48 hours (PA-2)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review (PA-3)')
            [CompletionResult]::new('resubmit', 'resubmit', [CompletionResultType]::ParameterValue, 'Correct a rejected application and send it back to review (PA-3)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change the authorised modules or the validity period (PA-6)')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Always refused: authorised accounts cannot be unbound (PA-5)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorisations (every org''s, or --org''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;auth;invite' {
            [CompletionResult]::new('--modules', '--modules', [CompletionResultType]::ParameterName, 'Module codes to authorise, comma-separated')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, 'End of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--agree', '--agree', [CompletionResultType]::ParameterName, 'Agree to the business authorisation agreement (PA-1)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;accept' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The employee''s name')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'The employee''s resident identity number (GB 11643)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;review' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the review rejects (with --reject)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'The platform approved it')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'The platform rejected it (with --reason)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;resubmit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The corrected name')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'The corrected resident identity number')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;modify' {
            [CompletionResult]::new('--modules', '--modules', [CompletionResultType]::ParameterName, 'The new module codes, comma-separated (replace the old ones)')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, 'The new end of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;unbind' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;end' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it ends')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only authorisations in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;auth;help' {
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The employee fills in their information within 48 hours (PA-2)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review (PA-3)')
            [CompletionResult]::new('resubmit', 'resubmit', [CompletionResultType]::ParameterValue, 'Correct a rejected application and send it back to review (PA-3)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change the authorised modules or the validity period (PA-6)')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Always refused: authorised accounts cannot be unbound (PA-5)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorisations (every org''s, or --org''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;auth;help;invite' {
            break
        }
        'roster;auth;help;accept' {
            break
        }
        'roster;auth;help;review' {
            break
        }
        'roster;auth;help;resubmit' {
            break
        }
        'roster;auth;help;modify' {
            break
        }
        'roster;auth;help;unbind' {
            break
        }
        'roster;auth;help;end' {
            break
        }
        'roster;auth;help;show' {
            break
        }
        'roster;auth;help;list' {
            break
        }
        'roster;auth;help;help' {
            break
        }
        'roster;upgrade' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'The merchant upgrades a Douyin account to the shop''s official account (UP-1, UP-2, UP-4 … UP-6)')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review of a pending upgrade')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an automatic upgrade within 30 days of it (UP-3)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)')
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Change the account''s operator (UP-5: one per account, at most 5 accounts per person)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Show or set a subject''s vertical and dedicated quotas (UP-4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;upgrade;start' {
            [CompletionResult]::new('--shop', '--shop', [CompletionResultType]::ParameterName, 'The shop the account is upgraded for')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The account type; without it the first with room (UP-4)')
            [CompletionResult]::new('--holder-name', '--holder-name', [CompletionResultType]::ParameterName, 'The account''s pre-upgrade real-name holder: the first operator (UP-5)')
            [CompletionResult]::new('--holder-id', '--holder-id', [CompletionResultType]::ParameterName, 'The holder''s resident identity number (GB 11643)')
            [CompletionResult]::new('--holder-phone', '--holder-phone', [CompletionResultType]::ParameterName, 'The holder''s mobile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;auto' {
            [CompletionResult]::new('--shop', '--shop', [CompletionResultType]::ParameterName, 'The shop the account is upgraded for')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The account type; without it the first with room (UP-4)')
            [CompletionResult]::new('--holder-name', '--holder-name', [CompletionResultType]::ParameterName, 'The account''s pre-upgrade real-name holder: the first operator (UP-5)')
            [CompletionResult]::new('--holder-id', '--holder-id', [CompletionResultType]::ParameterName, 'The holder''s resident identity number (GB 11643)')
            [CompletionResult]::new('--holder-phone', '--holder-phone', [CompletionResultType]::ParameterName, 'The holder''s mobile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;review' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the review rejects (with --reject)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--approve', '--approve', [CompletionResultType]::ParameterName, 'The platform approved it')
            [CompletionResult]::new('--reject', '--reject', [CompletionResultType]::ParameterName, 'The platform rejected it (with --reason)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;status' {
            [CompletionResult]::new('--shop', '--shop', [CompletionResultType]::ParameterName, 'Only this shop''s upgrades')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;operator' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new operator''s name')
            [CompletionResult]::new('--id-number', '--id-number', [CompletionResultType]::ParameterName, 'The new operator''s resident identity number (GB 11643)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'The new operator''s mobile')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;quota' {
            [CompletionResult]::new('--vertical', '--vertical', [CompletionResultType]::ParameterName, 'Set the number of vertical accounts the subject may have')
            [CompletionResult]::new('--dedicated', '--dedicated', [CompletionResultType]::ParameterName, 'Set the number of dedicated accounts the subject may have')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;upgrade;help' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'The merchant upgrades a Douyin account to the shop''s official account (UP-1, UP-2, UP-4 … UP-6)')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review of a pending upgrade')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an automatic upgrade within 30 days of it (UP-3)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)')
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Change the account''s operator (UP-5: one per account, at most 5 accounts per person)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Show or set a subject''s vertical and dedicated quotas (UP-4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;upgrade;help;start' {
            break
        }
        'roster;upgrade;help;auto' {
            break
        }
        'roster;upgrade;help;review' {
            break
        }
        'roster;upgrade;help;cancel' {
            break
        }
        'roster;upgrade;help;status' {
            break
        }
        'roster;upgrade;help;operator' {
            break
        }
        'roster;upgrade;help;quota' {
            break
        }
        'roster;upgrade;help;help' {
            break
        }
        'roster;code' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;code;issue' {
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A mobile number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An email address')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;code;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;code;help;issue' {
            break
        }
        'roster;code;help;help' {
            break
        }
        'roster;subaccount' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the name and positions (and a shop sub-account''s IM) (AG-4, SH-3)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable disabled sub-accounts (AG-5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sub-accounts: ends their authorisation (AG-5)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'The holder revokes the agency''s authorisation of their sub-account (AG-6)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one sub-account of --org')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sub-accounts (every org''s, or --org''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;subaccount;add' {
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'A mobile number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'An email address')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The verification code issued for the phone or email')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name (a shop''s nickname)')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'One or more position names, comma-separated')
            [CompletionResult]::new('--im', '--im', [CompletionResultType]::ParameterName, 'The IM permission (飞鸽) of a shop sub-account')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new display name')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'The new position names, comma-separated (replace the old ones)')
            [CompletionResult]::new('--im', '--im', [CompletionResultType]::ParameterName, 'The IM permission (飞鸽) of a shop sub-account')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only sub-accounts in this state')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;subaccount;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the name and positions (and a shop sub-account''s IM) (AG-4, SH-3)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable disabled sub-accounts (AG-5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sub-accounts: ends their authorisation (AG-5)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'The holder revokes the agency''s authorisation of their sub-account (AG-6)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one sub-account of --org')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sub-accounts (every org''s, or --org''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;subaccount;help;add' {
            break
        }
        'roster;subaccount;help;edit' {
            break
        }
        'roster;subaccount;help;disable' {
            break
        }
        'roster;subaccount;help;enable' {
            break
        }
        'roster;subaccount;help;delete' {
            break
        }
        'roster;subaccount;help;revoke' {
            break
        }
        'roster;subaccount;help;show' {
            break
        }
        'roster;subaccount;help;list' {
            break
        }
        'roster;subaccount;help;help' {
            break
        }
        'roster;cs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Service groups bound to pages')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Group members and their weights')
            [CompletionResult]::new('online', 'online', [CompletionResultType]::ParameterValue, 'Put a sub-account online or offline for routing')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;cs;group' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group bound to pages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group with its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;cs;group;create' {
            [CompletionResult]::new('--pages', '--pages', [CompletionResultType]::ParameterName, 'The pages the group serves, comma-separated')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;cs;group;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;cs;group;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group bound to pages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group with its members')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;cs;group;help;create' {
            break
        }
        'roster;cs;group;help;show' {
            break
        }
        'roster;cs;group;help;help' {
            break
        }
        'roster;cs;member' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or reweigh) a member with the IM permission')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;cs;member;add' {
            [CompletionResult]::new('--weight', '--weight', [CompletionResultType]::ParameterName, 'Its share of the conversations, relative to the other members')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;cs;member;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;cs;member;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or reweigh) a member with the IM permission')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;cs;member;help;add' {
            break
        }
        'roster;cs;member;help;remove' {
            break
        }
        'roster;cs;member;help;help' {
            break
        }
        'roster;cs;online' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;cs;route' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;cs;help' {
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Service groups bound to pages')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Group members and their weights')
            [CompletionResult]::new('online', 'online', [CompletionResultType]::ParameterValue, 'Put a sub-account online or offline for routing')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;cs;help;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group bound to pages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group with its members')
            break
        }
        'roster;cs;help;group;create' {
            break
        }
        'roster;cs;help;group;show' {
            break
        }
        'roster;cs;help;member' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or reweigh) a member with the IM permission')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member')
            break
        }
        'roster;cs;help;member;add' {
            break
        }
        'roster;cs;help;member;remove' {
            break
        }
        'roster;cs;help;online' {
            break
        }
        'roster;cs;help;route' {
            break
        }
        'roster;cs;help;help' {
            break
        }
        'roster;access' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;access;check' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'RFC 3339, or a date = the end of that day in Asia/Shanghai')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;access;list' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'RFC 3339, or a date = the end of that day in Asia/Shanghai')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;access;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;access;help;check' {
            break
        }
        'roster;access;help;list' {
            break
        }
        'roster;access;help;help' {
            break
        }
        'roster;import' {
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write the input columns plus result, error_code, error_message here')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'At most N rows per committed transaction (each also holds the write lock at most 250 ms)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Print the columns KIND reads (name, required, other spellings) instead of importing; needs no file and no database')
            [CompletionResult]::new('--all-or-nothing', '--all-or-nothing', [CompletionResultType]::ParameterName, 'Land nothing if any row fails')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and write nothing')
            [CompletionResult]::new('--agree', '--agree', [CompletionResultType]::ParameterName, 'Agree to the platform / authorisation agreement for every row (employees, authorizations)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;export' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The CSV''s encoding, for the program that opens it; CSV only')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;sweep' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Report what would change; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;due' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How far ahead to look: 48h, 7d, 90m, 2w, 1d12h, or ISO 8601 (PT36H, P7D)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only these kinds, comma-separated or repeated [default: every kind but code_expires]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which years the working-day calendar covers and where each came from (the default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate a calendar file (the format calendar_file accepts) and list the years it would add')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;calendar;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;calendar;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;calendar;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which years the working-day calendar covers and where each came from (the default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate a calendar file (the format calendar_file accepts) and list the years it would add')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;calendar;help;show' {
            break
        }
        'roster;calendar;help;check' {
            break
        }
        'roster;calendar;help;help' {
            break
        }
        'roster;identity' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('penalize', 'penalize', [CompletionResultType]::ParameterValue, 'Record a penalty on an identity''s real-name accounts (EA-7)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End every penalty in force on an identity now')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an identity''s penalties and whether one is in force')
            [CompletionResult]::new('xingtu', 'xingtu', [CompletionResultType]::ParameterValue, 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;identity;penalize' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The penalty')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'When the penalty ends (RFC 3339, or a date = the end of that day in Asia/Shanghai); open-ended if omitted')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;identity;clear' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;identity;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;identity;xingtu' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'It holds the identity')
            [CompletionResult]::new('--off', '--off', [CompletionResultType]::ParameterName, 'It does not hold the identity')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;identity;help' {
            [CompletionResult]::new('penalize', 'penalize', [CompletionResultType]::ParameterValue, 'Record a penalty on an identity''s real-name accounts (EA-7)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End every penalty in force on an identity now')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an identity''s penalties and whether one is in force')
            [CompletionResult]::new('xingtu', 'xingtu', [CompletionResultType]::ParameterValue, 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;identity;help;penalize' {
            break
        }
        'roster;identity;help;clear' {
            break
        }
        'roster;identity;help;show' {
            break
        }
        'roster;identity;help;xingtu' {
            break
        }
        'roster;identity;help;help' {
            break
        }
        'roster;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this instant on (RFC 3339, or a date = the start of that day in Asia/Shanghai)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to this instant (inclusive)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (org.create, position.edit …)')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'Only this object key (a trailing * for a prefix)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;migrate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The database to copy into: an SQLite file path, or a PostgreSQL URL')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every policy value in force (defaults merged with the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every policy value in force (defaults merged with the config file)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;config;help;show' {
            break
        }
        'roster;config;help;help' {
            break
        }
        'roster;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;explain' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List every rule and error code with its title instead')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use')
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'The organisation an org-scoped command acts on')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]')
            [CompletionResult]::new('--busy-timeout', '--busy-timeout', [CompletionResultType]::ParameterName, 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'The command reference as Markdown (docs/commands.md) instead of roff')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('--allow-network-fs', '--allow-network-fs', [CompletionResultType]::ParameterName, 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there')
            [CompletionResult]::new('--reveal-pii', '--reveal-pii', [CompletionResultType]::ParameterName, 'Show identity numbers unmasked (recorded in the audit log)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No output on success (exit code only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'roster;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database (idempotent)')
            [CompletionResult]::new('org', 'org', [CompletionResultType]::ParameterValue, 'Organisations: enterprises, agencies, shops (EN-1 … EN-6)')
            [CompletionResult]::new('position', 'position', [CompletionResultType]::ParameterValue, 'Positions: named permission sets (POS-1 … POS-5)')
            [CompletionResult]::new('department', 'department', [CompletionResultType]::ParameterValue, 'Departments of an enterprise, addressed by path (DEP-1)')
            [CompletionResult]::new('employee', 'employee', [CompletionResultType]::ParameterValue, 'Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)')
            [CompletionResult]::new('code', 'code', [CompletionResultType]::ParameterValue, 'One-time verification codes (VC-1)')
            [CompletionResult]::new('subaccount', 'subaccount', [CompletionResultType]::ParameterValue, 'Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)')
            [CompletionResult]::new('cs', 'cs', [CompletionResultType]::ParameterValue, 'Customer-service routing of a shop (SH-4)')
            [CompletionResult]::new('access', 'access', [CompletionResultType]::ParameterValue, 'Who holds which permission, now or at any past instant (POS-4)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export what import reads back (csv, or jsonl with --format jsonl)')
            [CompletionResult]::new('sweep', 'sweep', [CompletionResultType]::ParameterValue, 'End what has expired; one idempotent pass for cron (SW-1)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)')
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who did what, when (AU-1)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database, consistently, while others write (SQLite''s online backup)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database: integrity, schema, counters, audit trail, identity numbers in clear')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The configuration in force')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff), or the command reference as Markdown')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;help;init' {
            break
        }
        'roster;help;org' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an enterprise, agency or shop (EN-1)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Mark an enterprise verified (EN-2); needed before any employee account')
            [CompletionResult]::new('level', 'level', [CompletionResultType]::ParameterValue, 'Set an enterprise''s growth level, which sets its quota (EN-3, EN-4)')
            [CompletionResult]::new('tools', 'tools', [CompletionResultType]::ParameterValue, 'Grant or revoke the marketing tools an enterprise holds (EN-5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one organisation with quota_used / quota_limit')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List organisations')
            break
        }
        'roster;help;org;create' {
            [CompletionResult]::new('enterprise', 'enterprise', [CompletionResultType]::ParameterValue, 'An enterprise account (企业号)')
            [CompletionResult]::new('agency', 'agency', [CompletionResultType]::ParameterValue, 'An MCN agency (机构) on the agency workbench')
            [CompletionResult]::new('shop', 'shop', [CompletionResultType]::ParameterValue, 'A shop (抖店)')
            break
        }
        'roster;help;org;create;enterprise' {
            break
        }
        'roster;help;org;create;agency' {
            break
        }
        'roster;help;org;create;shop' {
            break
        }
        'roster;help;org;verify' {
            break
        }
        'roster;help;org;level' {
            break
        }
        'roster;help;org;tools' {
            break
        }
        'roster;help;org;show' {
            break
        }
        'roster;help;org;list' {
            break
        }
        'roster;help;position' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a position in --org (POS-1)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a position''s permissions, description or name (POS-5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a position nobody holds (POS-5)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one position')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the positions of --org')
            [CompletionResult]::new('catalogue', 'catalogue', [CompletionResultType]::ParameterValue, 'The permission codes of an org kind (POS-2a)')
            break
        }
        'roster;help;position;create' {
            break
        }
        'roster;help;position;edit' {
            break
        }
        'roster;help;position;delete' {
            break
        }
        'roster;help;position;show' {
            break
        }
        'roster;help;position;list' {
            break
        }
        'roster;help;position;catalogue' {
            break
        }
        'roster;help;department' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a department; its parent must exist (DEP-1)')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename the last segment of PATH; sub-departments follow')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a department under another (--to / for the top level)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a department without sub-departments or members')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the department tree of --org')
            break
        }
        'roster;help;department;create' {
            break
        }
        'roster;help;department;rename' {
            break
        }
        'roster;help;department;move' {
            break
        }
        'roster;help;department;delete' {
            break
        }
        'roster;help;department;list' {
            break
        }
        'roster;help;employee' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review: approve or reject with a reason (EA-5)')
            [CompletionResult]::new('resubmit', 'resubmit', [CompletionResultType]::ParameterValue, 'Correct a rejected application and send it back to review (EA-5)')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a rejected application, freeing its seat (EA-5)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Record the employee''s activation in the app (EA-6)')
            [CompletionResult]::new('assets', 'assets', [CompletionResultType]::ParameterValue, 'Record whether the account holds unsettled assets (EA-8)')
            [CompletionResult]::new('resign', 'resign', [CompletionResultType]::ParameterValue, 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)')
            [CompletionResult]::new('unbind-confirm', 'unbind-confirm', [CompletionResultType]::ParameterValue, 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Hand a vacant account to a new employee; it goes through review again (EA-9)')
            [CompletionResult]::new('deregister', 'deregister', [CompletionResultType]::ParameterValue, 'Request deregistration with every material; due in 5 working days (EA-10)')
            [CompletionResult]::new('deregister-review', 'deregister-review', [CompletionResultType]::ParameterValue, 'Record the platform''s decision on a deregistration (EA-10)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one employee account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List employee accounts (every org''s, or --org''s)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every holder of the account with their period, newest first (EA-9)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Eligibility report: showcase, merchant-page or xingtu (EA-12)')
            break
        }
        'roster;help;employee;apply' {
            break
        }
        'roster;help;employee;review' {
            break
        }
        'roster;help;employee;resubmit' {
            break
        }
        'roster;help;employee;withdraw' {
            break
        }
        'roster;help;employee;activate' {
            break
        }
        'roster;help;employee;assets' {
            break
        }
        'roster;help;employee;resign' {
            break
        }
        'roster;help;employee;unbind-confirm' {
            break
        }
        'roster;help;employee;enable' {
            break
        }
        'roster;help;employee;deregister' {
            break
        }
        'roster;help;employee;deregister-review' {
            break
        }
        'roster;help;employee;show' {
            break
        }
        'roster;help;employee;list' {
            break
        }
        'roster;help;employee;history' {
            break
        }
        'roster;help;employee;check' {
            break
        }
        'roster;help;auth' {
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'The employee fills in their information within 48 hours (PA-2)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review (PA-3)')
            [CompletionResult]::new('resubmit', 'resubmit', [CompletionResultType]::ParameterValue, 'Correct a rejected application and send it back to review (PA-3)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change the authorised modules or the validity period (PA-6)')
            [CompletionResult]::new('unbind', 'unbind', [CompletionResultType]::ParameterValue, 'Always refused: authorised accounts cannot be unbound (PA-5)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one authorisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List authorisations (every org''s, or --org''s)')
            break
        }
        'roster;help;auth;invite' {
            break
        }
        'roster;help;auth;accept' {
            break
        }
        'roster;help;auth;review' {
            break
        }
        'roster;help;auth;resubmit' {
            break
        }
        'roster;help;auth;modify' {
            break
        }
        'roster;help;auth;unbind' {
            break
        }
        'roster;help;auth;end' {
            break
        }
        'roster;help;auth;show' {
            break
        }
        'roster;help;auth;list' {
            break
        }
        'roster;help;upgrade' {
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'The merchant upgrades a Douyin account to the shop''s official account (UP-1, UP-2, UP-4 … UP-6)')
            [CompletionResult]::new('auto', 'auto', [CompletionResultType]::ParameterValue, 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record the platform''s review of a pending upgrade')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel an automatic upgrade within 30 days of it (UP-3)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)')
            [CompletionResult]::new('operator', 'operator', [CompletionResultType]::ParameterValue, 'Change the account''s operator (UP-5: one per account, at most 5 accounts per person)')
            [CompletionResult]::new('quota', 'quota', [CompletionResultType]::ParameterValue, 'Show or set a subject''s vertical and dedicated quotas (UP-4)')
            break
        }
        'roster;help;upgrade;start' {
            break
        }
        'roster;help;upgrade;auto' {
            break
        }
        'roster;help;upgrade;review' {
            break
        }
        'roster;help;upgrade;cancel' {
            break
        }
        'roster;help;upgrade;status' {
            break
        }
        'roster;help;upgrade;operator' {
            break
        }
        'roster;help;upgrade;quota' {
            break
        }
        'roster;help;code' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)')
            break
        }
        'roster;help;code;issue' {
            break
        }
        'roster;help;subaccount' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change the name and positions (and a shop sub-account''s IM) (AG-4, SH-3)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable disabled sub-accounts (AG-5)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete sub-accounts: ends their authorisation (AG-5)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'The holder revokes the agency''s authorisation of their sub-account (AG-6)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one sub-account of --org')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List sub-accounts (every org''s, or --org''s)')
            break
        }
        'roster;help;subaccount;add' {
            break
        }
        'roster;help;subaccount;edit' {
            break
        }
        'roster;help;subaccount;disable' {
            break
        }
        'roster;help;subaccount;enable' {
            break
        }
        'roster;help;subaccount;delete' {
            break
        }
        'roster;help;subaccount;revoke' {
            break
        }
        'roster;help;subaccount;show' {
            break
        }
        'roster;help;subaccount;list' {
            break
        }
        'roster;help;cs' {
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Service groups bound to pages')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Group members and their weights')
            [CompletionResult]::new('online', 'online', [CompletionResultType]::ParameterValue, 'Put a sub-account online or offline for routing')
            [CompletionResult]::new('route', 'route', [CompletionResultType]::ParameterValue, 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)')
            break
        }
        'roster;help;cs;group' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group bound to pages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group with its members')
            break
        }
        'roster;help;cs;group;create' {
            break
        }
        'roster;help;cs;group;show' {
            break
        }
        'roster;help;cs;member' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or reweigh) a member with the IM permission')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member')
            break
        }
        'roster;help;cs;member;add' {
            break
        }
        'roster;help;cs;member;remove' {
            break
        }
        'roster;help;cs;online' {
            break
        }
        'roster;help;cs;route' {
            break
        }
        'roster;help;access' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)')
            break
        }
        'roster;help;access;check' {
            break
        }
        'roster;help;access;list' {
            break
        }
        'roster;help;import' {
            break
        }
        'roster;help;export' {
            break
        }
        'roster;help;sweep' {
            break
        }
        'roster;help;due' {
            break
        }
        'roster;help;calendar' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which years the working-day calendar covers and where each came from (the default)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate a calendar file (the format calendar_file accepts) and list the years it would add')
            break
        }
        'roster;help;calendar;show' {
            break
        }
        'roster;help;calendar;check' {
            break
        }
        'roster;help;identity' {
            [CompletionResult]::new('penalize', 'penalize', [CompletionResultType]::ParameterValue, 'Record a penalty on an identity''s real-name accounts (EA-7)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'End every penalty in force on an identity now')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an identity''s penalties and whether one is in force')
            [CompletionResult]::new('xingtu', 'xingtu', [CompletionResultType]::ParameterValue, 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)')
            break
        }
        'roster;help;identity;penalize' {
            break
        }
        'roster;help;identity;clear' {
            break
        }
        'roster;help;identity;show' {
            break
        }
        'roster;help;identity;xingtu' {
            break
        }
        'roster;help;audit' {
            break
        }
        'roster;help;backup' {
            break
        }
        'roster;help;migrate' {
            break
        }
        'roster;help;doctor' {
            break
        }
        'roster;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every policy value in force (defaults merged with the config file)')
            break
        }
        'roster;help;config;show' {
            break
        }
        'roster;help;completions' {
            break
        }
        'roster;help;explain' {
            break
        }
        'roster;help;man' {
            break
        }
        'roster;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
