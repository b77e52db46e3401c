# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_roster_global_optspecs
    string join \n db= org= format= json now= actor= config= key-file= busy-timeout= allow-network-fs reveal-pii q/quiet h/help V/version
end

function __fish_roster_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_roster_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_roster_using_subcommand
    set -l cmd (__fish_roster_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c roster -n "__fish_roster_needs_command" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_needs_command" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_needs_command" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_needs_command" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_needs_command" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_needs_command" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_needs_command" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_needs_command" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_needs_command" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_needs_command" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_needs_command" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_needs_command" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_needs_command" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_needs_command" -f -a "init" -d 'Create or migrate the database (idempotent)'
complete -c roster -n "__fish_roster_needs_command" -f -a "org" -d 'Organisations: enterprises, agencies, shops (EN-1 … EN-6)'
complete -c roster -n "__fish_roster_needs_command" -f -a "position" -d 'Positions: named permission sets (POS-1 … POS-5)'
complete -c roster -n "__fish_roster_needs_command" -f -a "department" -d 'Departments of an enterprise, addressed by path (DEP-1)'
complete -c roster -n "__fish_roster_needs_command" -f -a "employee" -d 'Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)'
complete -c roster -n "__fish_roster_needs_command" -f -a "auth" -d 'Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)'
complete -c roster -n "__fish_roster_needs_command" -f -a "upgrade" -d 'Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)'
complete -c roster -n "__fish_roster_needs_command" -f -a "code" -d 'One-time verification codes (VC-1)'
complete -c roster -n "__fish_roster_needs_command" -f -a "subaccount" -d 'Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)'
complete -c roster -n "__fish_roster_needs_command" -f -a "cs" -d 'Customer-service routing of a shop (SH-4)'
complete -c roster -n "__fish_roster_needs_command" -f -a "access" -d 'Who holds which permission, now or at any past instant (POS-4)'
complete -c roster -n "__fish_roster_needs_command" -f -a "import" -d 'Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers'
complete -c roster -n "__fish_roster_needs_command" -f -a "export" -d 'Export what import reads back (csv, or jsonl with --format jsonl)'
complete -c roster -n "__fish_roster_needs_command" -f -a "sweep" -d 'End what has expired; one idempotent pass for cron (SW-1)'
complete -c roster -n "__fish_roster_needs_command" -f -a "due" -d 'What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)'
complete -c roster -n "__fish_roster_needs_command" -f -a "calendar" -d 'The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)'
complete -c roster -n "__fish_roster_needs_command" -f -a "identity" -d 'Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)'
complete -c roster -n "__fish_roster_needs_command" -f -a "audit" -d 'Who did what, when (AU-1)'
complete -c roster -n "__fish_roster_needs_command" -f -a "backup" -d 'Copy the database, consistently, while others write (SQLite\'s online backup)'
complete -c roster -n "__fish_roster_needs_command" -f -a "migrate" -d 'Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified'
complete -c roster -n "__fish_roster_needs_command" -f -a "doctor" -d 'Check the database: integrity, schema, counters, audit trail, identity numbers in clear'
complete -c roster -n "__fish_roster_needs_command" -f -a "config" -d 'The configuration in force'
complete -c roster -n "__fish_roster_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_needs_command" -f -a "explain" -d 'A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out'
complete -c roster -n "__fish_roster_needs_command" -f -a "man" -d 'Print the manual page (roff), or the command reference as Markdown'
complete -c roster -n "__fish_roster_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand init" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand init" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand init" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand init" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand init" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand init" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand init" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand init" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand init" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand init" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand init" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand init" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand init" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "create" -d 'Create an enterprise, agency or shop (EN-1)'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "verify" -d 'Mark an enterprise verified (EN-2); needed before any employee account'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "level" -d 'Set an enterprise\'s growth level, which sets its quota (EN-3, EN-4)'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "tools" -d 'Grant or revoke the marketing tools an enterprise holds (EN-5)'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "show" -d 'Show one organisation with quota_used / quota_limit'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "list" -d 'List organisations'
complete -c roster -n "__fish_roster_using_subcommand org; and not __fish_seen_subcommand_from create verify level tools show list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -f -a "enterprise" -d 'An enterprise account (企业号)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -f -a "agency" -d 'An MCN agency (机构) on the agency workbench'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -f -a "shop" -d 'A shop (抖店)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from create" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from level" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l grant -d 'Tool codes to grant, comma-separated' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l revoke -d 'Tool codes to revoke, comma-separated' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from tools" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l kind -d 'Only this kind' -r -f -a "enterprise\t'an enterprise account (企业号) with employee accounts'
agency\t'an MCN agency (机构) with sub-accounts'
shop\t'a shop (抖店) with sub-accounts'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an enterprise, agency or shop (EN-1)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Mark an enterprise verified (EN-2); needed before any employee account'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "level" -d 'Set an enterprise\'s growth level, which sets its quota (EN-3, EN-4)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "tools" -d 'Grant or revoke the marketing tools an enterprise holds (EN-5)'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one organisation with quota_used / quota_limit'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List organisations'
complete -c roster -n "__fish_roster_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "create" -d 'Create a position in --org (POS-1)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "edit" -d 'Change a position\'s permissions, description or name (POS-5)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "delete" -d 'Delete a position nobody holds (POS-5)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "show" -d 'Show one position'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "list" -d 'List the positions of --org'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "catalogue" -d 'The permission codes of an org kind (POS-2a)'
complete -c roster -n "__fish_roster_using_subcommand position; and not __fish_seen_subcommand_from create edit delete show list catalogue help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l perm -d 'Permission codes, comma-separated (\'\' for none)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l description -d 'What the position is for' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l perm -d 'The new permission set (replaces the old one)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l description -d 'The new description' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l rename -d 'The new name' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from catalogue" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a position in --org (POS-1)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a position\'s permissions, description or name (POS-5)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a position nobody holds (POS-5)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one position'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the positions of --org'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "catalogue" -d 'The permission codes of an org kind (POS-2a)'
complete -c roster -n "__fish_roster_using_subcommand position; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -f -a "create" -d 'Create a department; its parent must exist (DEP-1)'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -f -a "rename" -d 'Rename the last segment of PATH; sub-departments follow'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -f -a "move" -d 'Move a department under another (--to / for the top level)'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -f -a "delete" -d 'Delete a department without sub-departments or members'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -f -a "list" -d 'List the department tree of --org'
complete -c roster -n "__fish_roster_using_subcommand department; and not __fish_seen_subcommand_from create rename move delete list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l to -d 'The new parent\'s path (/ for the top level)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a department; its parent must exist (DEP-1)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename the last segment of PATH; sub-departments follow'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move a department under another (--to / for the top level)'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a department without sub-departments or members'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the department tree of --org'
complete -c roster -n "__fish_roster_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "apply" -d 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "review" -d 'Record the platform\'s review: approve or reject with a reason (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "resubmit" -d 'Correct a rejected application and send it back to review (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "withdraw" -d 'Withdraw a rejected application, freeing its seat (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "activate" -d 'Record the employee\'s activation in the app (EA-6)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "assets" -d 'Record whether the account holds unsettled assets (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "resign" -d 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "unbind-confirm" -d 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "enable" -d 'Hand a vacant account to a new employee; it goes through review again (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "deregister" -d 'Request deregistration with every material; due in 5 working days (EA-10)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "deregister-review" -d 'Record the platform\'s decision on a deregistration (EA-10)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "show" -d 'Show one employee account'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "list" -d 'List employee accounts (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "history" -d 'Every holder of the account with their period, newest first (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "check" -d 'Eligibility report: showcase, merchant-page or xingtu (EA-12)'
complete -c roster -n "__fish_roster_using_subcommand employee; and not __fish_seen_subcommand_from apply review resubmit withdraw activate assets resign unbind-confirm enable deregister deregister-review show list history check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l department -d 'Department path, e.g. Sales/East' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l proof-note -d 'The written explanation a legal-rep-signed proof needs' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l douyin-id -d 'The Douyin id the new account has, when known' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l contact-phone -d 'A contact phone besides the login email' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l name -d 'The employee\'s name' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l id-number -d 'Resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l position -d 'Position name in the enterprise' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l proof -d 'Proof of employment (EA-3)' -r -f -a "sealed\t'bears the company seal'
legal-rep-signed\t'signed by the legal representative (individual business only; needs --proof-note)'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l agree -d 'Agree to the platform agreement (EA-1)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l password-stdin -d 'Read the initial password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l reason -d 'Why the review rejects (with --reject)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l approve -d 'The platform approved it'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l reject -d 'The platform rejected it (with --reason)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l name -d 'The employee\'s name' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l id-number -d 'Resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l position -d 'Position name in the enterprise' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l department -d 'Department path, e.g. Sales/East' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l proof -d 'Proof of employment (EA-3)' -r -f -a "sealed\t'bears the company seal'
legal-rep-signed\t'signed by the legal representative (individual business only; needs --proof-note)'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l proof-note -d 'The written explanation a legal-rep-signed proof needs' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resubmit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l face-id-number -d 'The identity number face verification matched' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l aux-phone -d 'The holder\'s own mobile, bound as auxiliary phone' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l app-version -d 'The Douyin app version used (20.7 or later; web is not supported)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l new-password-stdin -d 'Read the new password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from activate" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l unsettled -d 'The account holds unsettled assets (earnings, orders, deposits)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l settled -d 'Its assets are settled'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from assets" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l agree -d 'Agree to the platform agreement on resignation (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from resign" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from unbind-confirm" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l department -d 'Department path, e.g. Sales/East' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l proof-note -d 'The written explanation a legal-rep-signed proof needs' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l name -d 'The employee\'s name' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l id-number -d 'Resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l position -d 'Position name in the enterprise' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l proof -d 'Proof of employment (EA-3)' -r -f -a "sealed\t'bears the company seal'
legal-rep-signed\t'signed by the legal representative (individual business only; needs --proof-note)'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l agree -d 'Agree to the platform agreement for the new holder (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l password-stdin -d 'Read the new holder\'s initial password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l materials -d 'The materials handed in, comma-separated' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l reason -d 'Why the review rejects (with --reject)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l approve -d 'The platform approved it'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l reject -d 'The platform rejected it (with --reason)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from deregister-review" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l status -d 'Only accounts in this state' -r -f -a "reviewing\t'applied (or resubmitted, handed over), awaiting the platform\'s review'
active\t'approved; holds a seat'
rejected\t'the review rejected it; resubmit or withdraw'
withdrawn\t'a rejected application withdrawn; its seat is free'
resigning\t'the holder left with unsettled assets'
vacant\t'nobody holds it; it can be handed over'
deregistering\t'deregistration requested, awaiting review'
deregistered\t'deregistered; its seat is free'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l position -d 'Only holders of this position (needs --org)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l department -d 'Only this department and its sub-departments (needs --org)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l public-videos -d 'How many public videos the account has' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l followers -d 'How many followers the account has' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l module -d 'A configured merchant-page module: CODE:approved or CODE:pending (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l real-name -d 'Real-name verification is done'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l deposit-paid -d 'The showcase deposit is paid'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l xingtu -d 'The account holds the creator-marketplace identity'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "review" -d 'Record the platform\'s review: approve or reject with a reason (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "resubmit" -d 'Correct a rejected application and send it back to review (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Withdraw a rejected application, freeing its seat (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Record the employee\'s activation in the app (EA-6)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "assets" -d 'Record whether the account holds unsettled assets (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "resign" -d 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "unbind-confirm" -d 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Hand a vacant account to a new employee; it goes through review again (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "deregister" -d 'Request deregistration with every material; due in 5 working days (EA-10)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "deregister-review" -d 'Record the platform\'s decision on a deregistration (EA-10)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one employee account'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "list" -d 'List employee accounts (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every holder of the account with their period, newest first (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "check" -d 'Eligibility report: showcase, merchant-page or xingtu (EA-12)'
complete -c roster -n "__fish_roster_using_subcommand employee; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "invite" -d 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "accept" -d 'The employee fills in their information within 48 hours (PA-2)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "review" -d 'Record the platform\'s review (PA-3)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "resubmit" -d 'Correct a rejected application and send it back to review (PA-3)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "modify" -d 'Change the authorised modules or the validity period (PA-6)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "unbind" -d 'Always refused: authorised accounts cannot be unbound (PA-5)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "end" -d 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "show" -d 'Show one authorisation'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "list" -d 'List authorisations (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from invite accept review resubmit modify unbind end show list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l modules -d 'Module codes to authorise, comma-separated' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l valid-until -d 'End of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l agree -d 'Agree to the business authorisation agreement (PA-1)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l name -d 'The employee\'s name' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l id-number -d 'The employee\'s resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l reason -d 'Why the review rejects (with --reject)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l approve -d 'The platform approved it'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l reject -d 'The platform rejected it (with --reason)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l name -d 'The corrected name' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l id-number -d 'The corrected resident identity number' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from resubmit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l modules -d 'The new module codes, comma-separated (replace the old ones)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l valid-until -d 'The new end of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from unbind" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l reason -d 'Why it ends' -r -f -a "account-deregistered\t'the personal account was deregistered'
withdrawn\t'the enterprise withdraws an invitation or a rejected application'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l status -d 'Only authorisations in this state' -r -f -a "invited\t'invited; the employee has 48 hours to answer'
reviewing\t'answered, awaiting the platform\'s review'
active\t'approved and within its validity period'
rejected\t'the review rejected it; resubmit or end it'
expired\t'the invitation lapsed or the validity period ended'
ended\t'ended: the account was deregistered, or it was withdrawn'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "accept" -d 'The employee fills in their information within 48 hours (PA-2)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "review" -d 'Record the platform\'s review (PA-3)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "resubmit" -d 'Correct a rejected application and send it back to review (PA-3)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change the authorised modules or the validity period (PA-6)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "unbind" -d 'Always refused: authorised accounts cannot be unbound (PA-5)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "end" -d 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one authorisation'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "list" -d 'List authorisations (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "start" -d 'The merchant upgrades a Douyin account to the shop\'s official account (UP-1, UP-2, UP-4 … UP-6)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "auto" -d 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "review" -d 'Record the platform\'s review of a pending upgrade'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "cancel" -d 'Cancel an automatic upgrade within 30 days of it (UP-3)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "status" -d 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "operator" -d 'Change the account\'s operator (UP-5: one per account, at most 5 accounts per person)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "quota" -d 'Show or set a subject\'s vertical and dedicated quotas (UP-4)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and not __fish_seen_subcommand_from start auto review cancel status operator quota help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l shop -d 'The shop the account is upgraded for' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l type -d 'The account type; without it the first with room (UP-4)' -r -f -a "main\t'the shop\'s one main official account'
vertical\t'a vertical (category) account, within the subject\'s quota'
dedicated\t'a dedicated account, within the subject\'s quota'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l holder-name -d 'The account\'s pre-upgrade real-name holder: the first operator (UP-5)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l holder-id -d 'The holder\'s resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l holder-phone -d 'The holder\'s mobile' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l shop -d 'The shop the account is upgraded for' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l type -d 'The account type; without it the first with room (UP-4)' -r -f -a "main\t'the shop\'s one main official account'
vertical\t'a vertical (category) account, within the subject\'s quota'
dedicated\t'a dedicated account, within the subject\'s quota'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l holder-name -d 'The account\'s pre-upgrade real-name holder: the first operator (UP-5)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l holder-id -d 'The holder\'s resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l holder-phone -d 'The holder\'s mobile' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from auto" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l reason -d 'Why the review rejects (with --reject)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l approve -d 'The platform approved it'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l reject -d 'The platform rejected it (with --reason)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l shop -d 'Only this shop\'s upgrades' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l name -d 'The new operator\'s name' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l id-number -d 'The new operator\'s resident identity number (GB 11643)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l phone -d 'The new operator\'s mobile' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from operator" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l vertical -d 'Set the number of vertical accounts the subject may have' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l dedicated -d 'Set the number of dedicated accounts the subject may have' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from quota" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "start" -d 'The merchant upgrades a Douyin account to the shop\'s official account (UP-1, UP-2, UP-4 … UP-6)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "auto" -d 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "review" -d 'Record the platform\'s review of a pending upgrade'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an automatic upgrade within 30 days of it (UP-3)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "operator" -d 'Change the account\'s operator (UP-5: one per account, at most 5 accounts per person)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "quota" -d 'Show or set a subject\'s vertical and dedicated quotas (UP-4)'
complete -c roster -n "__fish_roster_using_subcommand upgrade; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -f -a "issue" -d 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)'
complete -c roster -n "__fish_roster_using_subcommand code; and not __fish_seen_subcommand_from issue help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l phone -d 'A mobile number' -r
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l email -d 'An email address' -r
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)'
complete -c roster -n "__fish_roster_using_subcommand code; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "add" -d 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "edit" -d 'Change the name and positions (and a shop sub-account\'s IM) (AG-4, SH-3)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "disable" -d 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "enable" -d 'Enable disabled sub-accounts (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "delete" -d 'Delete sub-accounts: ends their authorisation (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "revoke" -d 'The holder revokes the agency\'s authorisation of their sub-account (AG-6)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "show" -d 'Show one sub-account of --org'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "list" -d 'List sub-accounts (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and not __fish_seen_subcommand_from add edit disable enable delete revoke show list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l phone -d 'A mobile number' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l email -d 'An email address' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l code -d 'The verification code issued for the phone or email' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l name -d 'Display name (a shop\'s nickname)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l position -d 'One or more position names, comma-separated' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l im -d 'The IM permission (飞鸽) of a shop sub-account' -r -f -a "on\t'Switched on'
off\t'Switched off'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l name -d 'The new display name' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l position -d 'The new position names, comma-separated (replace the old ones)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l im -d 'The IM permission (飞鸽) of a shop sub-account' -r -f -a "on\t'Switched on'
off\t'Switched off'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l status -d 'Only sub-accounts in this state' -r -f -a "enabled\t'can log in and act'
disabled\t'kept, but cannot log in'
deleted\t'deleted by the org; its authorisation ended'
revoked\t'the holder revoked the org\'s authorisation'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change the name and positions (and a shop sub-account\'s IM) (AG-4, SH-3)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable disabled sub-accounts (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete sub-accounts: ends their authorisation (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'The holder revokes the agency\'s authorisation of their sub-account (AG-6)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one sub-account of --org'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sub-accounts (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand subaccount; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -f -a "group" -d 'Service groups bound to pages'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -f -a "member" -d 'Group members and their weights'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -f -a "online" -d 'Put a sub-account online or offline for routing'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -f -a "route" -d 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)'
complete -c roster -n "__fish_roster_using_subcommand cs; and not __fish_seen_subcommand_from group member online route help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group bound to pages'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a group with its members'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add (or reweigh) a member with the IM permission'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from member" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from online" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from route" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from help" -f -a "group" -d 'Service groups bound to pages'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from help" -f -a "member" -d 'Group members and their weights'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from help" -f -a "online" -d 'Put a sub-account online or offline for routing'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from help" -f -a "route" -d 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)'
complete -c roster -n "__fish_roster_using_subcommand cs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -f -a "check" -d 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -f -a "list" -d 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)'
complete -c roster -n "__fish_roster_using_subcommand access; and not __fish_seen_subcommand_from check list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l at -d 'RFC 3339, or a date = the end of that day in Asia/Shanghai' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l at -d 'RFC 3339, or a date = the end of that day in Asia/Shanghai' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "check" -d 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)'
complete -c roster -n "__fish_roster_using_subcommand access; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand import" -l report -d 'Write the input columns plus result, error_code, error_message here' -r -F
complete -c roster -n "__fish_roster_using_subcommand import" -l batch -d 'At most N rows per committed transaction (each also holds the write lock at most 250 ms)' -r
complete -c roster -n "__fish_roster_using_subcommand import" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand import" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand import" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand import" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand import" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand import" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand import" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand import" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand import" -l columns -d 'Print the columns KIND reads (name, required, other spellings) instead of importing; needs no file and no database'
complete -c roster -n "__fish_roster_using_subcommand import" -l all-or-nothing -d 'Land nothing if any row fails'
complete -c roster -n "__fish_roster_using_subcommand import" -l dry-run -d 'Check every row and write nothing'
complete -c roster -n "__fish_roster_using_subcommand import" -l agree -d 'Agree to the platform / authorisation agreement for every row (employees, authorizations)'
complete -c roster -n "__fish_roster_using_subcommand import" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand import" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand import" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand import" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand import" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand export" -l encoding -d 'The CSV\'s encoding, for the program that opens it; CSV only' -r -f -a "utf-8\t'UTF-8 without a BOM: scripts, databases, most tools'
utf-8-bom\t'UTF-8 with a BOM, EF BB BF first: any Excel reads it as UTF-8'
gb18030\t'GB18030, what Excel on Chinese Windows reads and saves as CSV'"
complete -c roster -n "__fish_roster_using_subcommand export" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand export" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand export" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand export" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand export" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand export" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand export" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand export" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand export" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand export" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand export" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand export" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand export" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand sweep" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand sweep" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand sweep" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand sweep" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand sweep" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand sweep" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand sweep" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand sweep" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand sweep" -l dry-run -d 'Report what would change; change nothing'
complete -c roster -n "__fish_roster_using_subcommand sweep" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand sweep" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand sweep" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand sweep" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand sweep" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand sweep" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand due" -l within -d 'How far ahead to look: 48h, 7d, 90m, 2w, 1d12h, or ISO 8601 (PT36H, P7D)' -r
complete -c roster -n "__fish_roster_using_subcommand due" -l kind -d 'Only these kinds, comma-separated or repeated [default: every kind but code_expires]' -r -f -a "cancel_window_closes\t'an automatic upgrade\'s 30-day cancel window closes (UP-3)'
code_expires\t'a verification code\'s 5 minutes end (VC-1)'
deregistration_due\t'a deregistration review falls due, or is overdue (EA-10)'
invitation_lapses\t'an invitation\'s 48 hours end (PA-2)'
review_expires\t'a pending upgrade\'s 7 days end (UP-6)'
validity_ends\t'an authorisation\'s validity period ends (PA-1)'
all\t'every kind, codes included'"
complete -c roster -n "__fish_roster_using_subcommand due" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand due" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand due" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand due" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand due" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand due" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand due" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand due" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand due" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand due" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand due" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand due" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand due" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -f -a "show" -d 'Which years the working-day calendar covers and where each came from (the default)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -f -a "check" -d 'Validate a calendar file (the format calendar_file accepts) and list the years it would add'
complete -c roster -n "__fish_roster_using_subcommand calendar; and not __fish_seen_subcommand_from show check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "show" -d 'Which years the working-day calendar covers and where each came from (the default)'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate a calendar file (the format calendar_file accepts) and list the years it would add'
complete -c roster -n "__fish_roster_using_subcommand calendar; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -f -a "penalize" -d 'Record a penalty on an identity\'s real-name accounts (EA-7)'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -f -a "clear" -d 'End every penalty in force on an identity now'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -f -a "show" -d 'Show an identity\'s penalties and whether one is in force'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -f -a "xingtu" -d 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)'
complete -c roster -n "__fish_roster_using_subcommand identity; and not __fish_seen_subcommand_from penalize clear show xingtu help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l kind -d 'The penalty' -r -f -a "ban\t'the identity\'s accounts are banned'
posting-restricted\t'the identity\'s accounts may not post'
live-restricted\t'the identity\'s accounts may not live-stream'"
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l until -d 'When the penalty ends (RFC 3339, or a date = the end of that day in Asia/Shanghai); open-ended if omitted' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from penalize" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l on -d 'It holds the identity'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l off -d 'It does not hold the identity'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from xingtu" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "penalize" -d 'Record a penalty on an identity\'s real-name accounts (EA-7)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "clear" -d 'End every penalty in force on an identity now'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an identity\'s penalties and whether one is in force'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "xingtu" -d 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)'
complete -c roster -n "__fish_roster_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand audit" -l since -d 'From this instant on (RFC 3339, or a date = the start of that day in Asia/Shanghai)' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l until -d 'Up to this instant (inclusive)' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l action -d 'Only this action (org.create, position.edit …)' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l object -d 'Only this object key (a trailing * for a prefix)' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand audit" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand audit" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand audit" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand audit" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand audit" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand audit" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand backup" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand backup" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand backup" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand backup" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand backup" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand backup" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand backup" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand backup" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand backup" -l force -d 'Replace FILE if it exists'
complete -c roster -n "__fish_roster_using_subcommand backup" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand backup" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand backup" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand backup" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand backup" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand migrate" -l to -d 'The database to copy into: an SQLite file path, or a PostgreSQL URL' -r -F
complete -c roster -n "__fish_roster_using_subcommand migrate" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand migrate" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand migrate" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand migrate" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand migrate" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand migrate" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand migrate" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand migrate" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand migrate" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand migrate" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand migrate" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand migrate" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand migrate" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand doctor" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand doctor" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand doctor" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand doctor" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand doctor" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand doctor" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand doctor" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand doctor" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand doctor" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand doctor" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand doctor" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand doctor" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print every policy value in force (defaults merged with the config file)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print every policy value in force (defaults merged with the config file)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand completions" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand completions" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand completions" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand completions" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand completions" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand explain" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand explain" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand explain" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand explain" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand explain" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand explain" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand explain" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand explain" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand explain" -l list -d 'List every rule and error code with its title instead'
complete -c roster -n "__fish_roster_using_subcommand explain" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand explain" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand explain" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand explain" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand explain" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand man" -l db -d 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l org -d 'The organisation an org-scoped command acts on' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l format -d 'Output format' -r -f -a "table\t'a table for people (the default)'
json\t'one JSON document: an object, or an array for a listing'
jsonl\t'JSON Lines: one object per line, streamed'
csv\t'comma-separated values with a header row'"
complete -c roster -n "__fish_roster_using_subcommand man" -l now -d 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l actor -d 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l config -d 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l key-file -d 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database\'s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]' -r -F
complete -c roster -n "__fish_roster_using_subcommand man" -l busy-timeout -d 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite\'s limit)' -r
complete -c roster -n "__fish_roster_using_subcommand man" -l markdown -d 'The command reference as Markdown (docs/commands.md) instead of roff'
complete -c roster -n "__fish_roster_using_subcommand man" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand man" -l allow-network-fs -d 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite\'s write-ahead log corrupts there'
complete -c roster -n "__fish_roster_using_subcommand man" -l reveal-pii -d 'Show identity numbers unmasked (recorded in the audit log)'
complete -c roster -n "__fish_roster_using_subcommand man" -s q -l quiet -d 'No output on success (exit code only)'
complete -c roster -n "__fish_roster_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand man" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "init" -d 'Create or migrate the database (idempotent)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "org" -d 'Organisations: enterprises, agencies, shops (EN-1 … EN-6)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "position" -d 'Positions: named permission sets (POS-1 … POS-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "department" -d 'Departments of an enterprise, addressed by path (DEP-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "employee" -d 'Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "auth" -d 'Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "upgrade" -d 'Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "code" -d 'One-time verification codes (VC-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "subaccount" -d 'Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "cs" -d 'Customer-service routing of a shop (SH-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "access" -d 'Who holds which permission, now or at any past instant (POS-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "import" -d 'Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "export" -d 'Export what import reads back (csv, or jsonl with --format jsonl)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "sweep" -d 'End what has expired; one idempotent pass for cron (SW-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "due" -d 'What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "calendar" -d 'The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "identity" -d 'Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "audit" -d 'Who did what, when (AU-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "backup" -d 'Copy the database, consistently, while others write (SQLite\'s online backup)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "migrate" -d 'Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "doctor" -d 'Check the database: integrity, schema, counters, audit trail, identity numbers in clear'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "config" -d 'The configuration in force'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "explain" -d 'A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "man" -d 'Print the manual page (roff), or the command reference as Markdown'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from init org position department employee auth upgrade code subaccount cs access import export sweep due calendar identity audit backup migrate doctor config completions explain man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "create" -d 'Create an enterprise, agency or shop (EN-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "verify" -d 'Mark an enterprise verified (EN-2); needed before any employee account'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "level" -d 'Set an enterprise\'s growth level, which sets its quota (EN-3, EN-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "tools" -d 'Grant or revoke the marketing tools an enterprise holds (EN-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show one organisation with quota_used / quota_limit'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List organisations'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "create" -d 'Create a position in --org (POS-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "edit" -d 'Change a position\'s permissions, description or name (POS-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "delete" -d 'Delete a position nobody holds (POS-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "show" -d 'Show one position'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "list" -d 'List the positions of --org'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from position" -f -a "catalogue" -d 'The permission codes of an org kind (POS-2a)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "create" -d 'Create a department; its parent must exist (DEP-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "rename" -d 'Rename the last segment of PATH; sub-departments follow'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "move" -d 'Move a department under another (--to / for the top level)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "delete" -d 'Delete a department without sub-departments or members'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "list" -d 'List the department tree of --org'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "apply" -d 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "review" -d 'Record the platform\'s review: approve or reject with a reason (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "resubmit" -d 'Correct a rejected application and send it back to review (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "withdraw" -d 'Withdraw a rejected application, freeing its seat (EA-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "activate" -d 'Record the employee\'s activation in the app (EA-6)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "assets" -d 'Record whether the account holds unsettled assets (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "resign" -d 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "unbind-confirm" -d 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "enable" -d 'Hand a vacant account to a new employee; it goes through review again (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "deregister" -d 'Request deregistration with every material; due in 5 working days (EA-10)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "deregister-review" -d 'Record the platform\'s decision on a deregistration (EA-10)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "show" -d 'Show one employee account'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "list" -d 'List employee accounts (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "history" -d 'Every holder of the account with their period, newest first (EA-9)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from employee" -f -a "check" -d 'Eligibility report: showcase, merchant-page or xingtu (EA-12)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "invite" -d 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "accept" -d 'The employee fills in their information within 48 hours (PA-2)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "review" -d 'Record the platform\'s review (PA-3)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "resubmit" -d 'Correct a rejected application and send it back to review (PA-3)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "modify" -d 'Change the authorised modules or the validity period (PA-6)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "unbind" -d 'Always refused: authorised accounts cannot be unbound (PA-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "end" -d 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "show" -d 'Show one authorisation'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "list" -d 'List authorisations (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "start" -d 'The merchant upgrades a Douyin account to the shop\'s official account (UP-1, UP-2, UP-4 … UP-6)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "auto" -d 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "review" -d 'Record the platform\'s review of a pending upgrade'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "cancel" -d 'Cancel an automatic upgrade within 30 days of it (UP-3)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "status" -d 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "operator" -d 'Change the account\'s operator (UP-5: one per account, at most 5 accounts per person)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from upgrade" -f -a "quota" -d 'Show or set a subject\'s vertical and dedicated quotas (UP-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from code" -f -a "issue" -d 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "add" -d 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "edit" -d 'Change the name and positions (and a shop sub-account\'s IM) (AG-4, SH-3)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "disable" -d 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "enable" -d 'Enable disabled sub-accounts (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "delete" -d 'Delete sub-accounts: ends their authorisation (AG-5)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "revoke" -d 'The holder revokes the agency\'s authorisation of their sub-account (AG-6)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "show" -d 'Show one sub-account of --org'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from subaccount" -f -a "list" -d 'List sub-accounts (every org\'s, or --org\'s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from cs" -f -a "group" -d 'Service groups bound to pages'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from cs" -f -a "member" -d 'Group members and their weights'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from cs" -f -a "online" -d 'Put a sub-account online or offline for routing'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from cs" -f -a "route" -d 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "check" -d 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from access" -f -a "list" -d 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "show" -d 'Which years the working-day calendar covers and where each came from (the default)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from calendar" -f -a "check" -d 'Validate a calendar file (the format calendar_file accepts) and list the years it would add'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "penalize" -d 'Record a penalty on an identity\'s real-name accounts (EA-7)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "clear" -d 'End every penalty in force on an identity now'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "show" -d 'Show an identity\'s penalties and whether one is in force'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "xingtu" -d 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print every policy value in force (defaults merged with the config file)'
