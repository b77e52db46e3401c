
use builtin;
use str;

set edit:completion:arg-completer[roster] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'roster'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'roster'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or migrate the database (idempotent)'
            cand org 'Organisations: enterprises, agencies, shops (EN-1 … EN-6)'
            cand position 'Positions: named permission sets (POS-1 … POS-5)'
            cand department 'Departments of an enterprise, addressed by path (DEP-1)'
            cand employee 'Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)'
            cand auth 'Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)'
            cand upgrade 'Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)'
            cand code 'One-time verification codes (VC-1)'
            cand subaccount 'Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)'
            cand cs 'Customer-service routing of a shop (SH-4)'
            cand access 'Who holds which permission, now or at any past instant (POS-4)'
            cand import 'Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers'
            cand export 'Export what import reads back (csv, or jsonl with --format jsonl)'
            cand sweep 'End what has expired; one idempotent pass for cron (SW-1)'
            cand due 'What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)'
            cand calendar 'The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)'
            cand identity 'Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)'
            cand audit 'Who did what, when (AU-1)'
            cand backup 'Copy the database, consistently, while others write (SQLite''s online backup)'
            cand migrate 'Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified'
            cand doctor 'Check the database: integrity, schema, counters, audit trail, identity numbers in clear'
            cand config 'The configuration in force'
            cand completions 'Print a shell completion script'
            cand explain 'A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out'
            cand man 'Print the manual page (roff), or the command reference as Markdown'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;init'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an enterprise, agency or shop (EN-1)'
            cand verify 'Mark an enterprise verified (EN-2); needed before any employee account'
            cand level 'Set an enterprise''s growth level, which sets its quota (EN-3, EN-4)'
            cand tools 'Grant or revoke the marketing tools an enterprise holds (EN-5)'
            cand show 'Show one organisation with quota_used / quota_limit'
            cand list 'List organisations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;org;create'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enterprise 'An enterprise account (企业号)'
            cand agency 'An MCN agency (机构) on the agency workbench'
            cand shop 'A shop (抖店)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;org;create;enterprise'= {
            cand --name 'The enterprise''s registered name'
            cand --uscc 'Unified social credit code (18 characters, GB 32100)'
            cand --legal-rep-name 'Legal representative''s name'
            cand --legal-rep-id 'Legal representative''s resident identity number (GB 11643)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --individual-business 'An individual business (个体户)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;create;agency'= {
            cand --name 'The agency''s name'
            cand --main-phone 'The main account''s mobile'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;create;shop'= {
            cand --name 'The shop''s name'
            cand --shop-type 'The shop type (or its Chinese name, 旗舰店)'
            cand --subject 'The qualification subject''s unified social credit code'
            cand --main-phone 'The main account''s mobile'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --cross-border 'A cross-border shop (跨境)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;create;help'= {
            cand enterprise 'An enterprise account (企业号)'
            cand agency 'An MCN agency (机构) on the agency workbench'
            cand shop 'A shop (抖店)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;org;create;help;enterprise'= {
        }
        &'roster;org;create;help;agency'= {
        }
        &'roster;org;create;help;shop'= {
        }
        &'roster;org;create;help;help'= {
        }
        &'roster;org;verify'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;level'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;tools'= {
            cand --grant 'Tool codes to grant, comma-separated'
            cand --revoke 'Tool codes to revoke, comma-separated'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;list'= {
            cand --kind 'Only this kind'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;org;help'= {
            cand create 'Create an enterprise, agency or shop (EN-1)'
            cand verify 'Mark an enterprise verified (EN-2); needed before any employee account'
            cand level 'Set an enterprise''s growth level, which sets its quota (EN-3, EN-4)'
            cand tools 'Grant or revoke the marketing tools an enterprise holds (EN-5)'
            cand show 'Show one organisation with quota_used / quota_limit'
            cand list 'List organisations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;org;help;create'= {
            cand enterprise 'An enterprise account (企业号)'
            cand agency 'An MCN agency (机构) on the agency workbench'
            cand shop 'A shop (抖店)'
        }
        &'roster;org;help;create;enterprise'= {
        }
        &'roster;org;help;create;agency'= {
        }
        &'roster;org;help;create;shop'= {
        }
        &'roster;org;help;verify'= {
        }
        &'roster;org;help;level'= {
        }
        &'roster;org;help;tools'= {
        }
        &'roster;org;help;show'= {
        }
        &'roster;org;help;list'= {
        }
        &'roster;org;help;help'= {
        }
        &'roster;position'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a position in --org (POS-1)'
            cand edit 'Change a position''s permissions, description or name (POS-5)'
            cand delete 'Delete a position nobody holds (POS-5)'
            cand show 'Show one position'
            cand list 'List the positions of --org'
            cand catalogue 'The permission codes of an org kind (POS-2a)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;position;create'= {
            cand --perm 'Permission codes, comma-separated ('''' for none)'
            cand --description 'What the position is for'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;position;edit'= {
            cand --perm 'The new permission set (replaces the old one)'
            cand --description 'The new description'
            cand --rename 'The new name'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;position;delete'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;position;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;position;list'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;position;catalogue'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;position;help'= {
            cand create 'Create a position in --org (POS-1)'
            cand edit 'Change a position''s permissions, description or name (POS-5)'
            cand delete 'Delete a position nobody holds (POS-5)'
            cand show 'Show one position'
            cand list 'List the positions of --org'
            cand catalogue 'The permission codes of an org kind (POS-2a)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;position;help;create'= {
        }
        &'roster;position;help;edit'= {
        }
        &'roster;position;help;delete'= {
        }
        &'roster;position;help;show'= {
        }
        &'roster;position;help;list'= {
        }
        &'roster;position;help;catalogue'= {
        }
        &'roster;position;help;help'= {
        }
        &'roster;department'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a department; its parent must exist (DEP-1)'
            cand rename 'Rename the last segment of PATH; sub-departments follow'
            cand move 'Move a department under another (--to / for the top level)'
            cand delete 'Delete a department without sub-departments or members'
            cand list 'List the department tree of --org'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;department;create'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;department;rename'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;department;move'= {
            cand --to 'The new parent''s path (/ for the top level)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;department;delete'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;department;list'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;department;help'= {
            cand create 'Create a department; its parent must exist (DEP-1)'
            cand rename 'Rename the last segment of PATH; sub-departments follow'
            cand move 'Move a department under another (--to / for the top level)'
            cand delete 'Delete a department without sub-departments or members'
            cand list 'List the department tree of --org'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;department;help;create'= {
        }
        &'roster;department;help;rename'= {
        }
        &'roster;department;help;move'= {
        }
        &'roster;department;help;delete'= {
        }
        &'roster;department;help;list'= {
        }
        &'roster;department;help;help'= {
        }
        &'roster;employee'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)'
            cand review 'Record the platform''s review: approve or reject with a reason (EA-5)'
            cand resubmit 'Correct a rejected application and send it back to review (EA-5)'
            cand withdraw 'Withdraw a rejected application, freeing its seat (EA-5)'
            cand activate 'Record the employee''s activation in the app (EA-6)'
            cand assets 'Record whether the account holds unsettled assets (EA-8)'
            cand resign 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)'
            cand unbind-confirm 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)'
            cand enable 'Hand a vacant account to a new employee; it goes through review again (EA-9)'
            cand deregister 'Request deregistration with every material; due in 5 working days (EA-10)'
            cand deregister-review 'Record the platform''s decision on a deregistration (EA-10)'
            cand show 'Show one employee account'
            cand list 'List employee accounts (every org''s, or --org''s)'
            cand history 'Every holder of the account with their period, newest first (EA-9)'
            cand check 'Eligibility report: showcase, merchant-page or xingtu (EA-12)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;employee;apply'= {
            cand --department 'Department path, e.g. Sales/East'
            cand --proof-note 'The written explanation a legal-rep-signed proof needs'
            cand --douyin-id 'The Douyin id the new account has, when known'
            cand --contact-phone 'A contact phone besides the login email'
            cand --name 'The employee''s name'
            cand --id-number 'Resident identity number (GB 11643)'
            cand --position 'Position name in the enterprise'
            cand --proof 'Proof of employment (EA-3)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --agree 'Agree to the platform agreement (EA-1)'
            cand --password-stdin 'Read the initial password from the first line of stdin'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;review'= {
            cand --reason 'Why the review rejects (with --reject)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --approve 'The platform approved it'
            cand --reject 'The platform rejected it (with --reason)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;resubmit'= {
            cand --name 'The employee''s name'
            cand --id-number 'Resident identity number (GB 11643)'
            cand --position 'Position name in the enterprise'
            cand --department 'Department path, e.g. Sales/East'
            cand --proof 'Proof of employment (EA-3)'
            cand --proof-note 'The written explanation a legal-rep-signed proof needs'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;withdraw'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;activate'= {
            cand --face-id-number 'The identity number face verification matched'
            cand --aux-phone 'The holder''s own mobile, bound as auxiliary phone'
            cand --app-version 'The Douyin app version used (20.7 or later; web is not supported)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --new-password-stdin 'Read the new password from the first line of stdin'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;assets'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --unsettled 'The account holds unsettled assets (earnings, orders, deposits)'
            cand --settled 'Its assets are settled'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;resign'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --agree 'Agree to the platform agreement on resignation (EA-8)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;unbind-confirm'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;enable'= {
            cand --department 'Department path, e.g. Sales/East'
            cand --proof-note 'The written explanation a legal-rep-signed proof needs'
            cand --name 'The employee''s name'
            cand --id-number 'Resident identity number (GB 11643)'
            cand --position 'Position name in the enterprise'
            cand --proof 'Proof of employment (EA-3)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --agree 'Agree to the platform agreement for the new holder (EA-9)'
            cand --password-stdin 'Read the new holder''s initial password from the first line of stdin'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;deregister'= {
            cand --materials 'The materials handed in, comma-separated'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;deregister-review'= {
            cand --reason 'Why the review rejects (with --reject)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --approve 'The platform approved it'
            cand --reject 'The platform rejected it (with --reason)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;list'= {
            cand --status 'Only accounts in this state'
            cand --position 'Only holders of this position (needs --org)'
            cand --department 'Only this department and its sub-departments (needs --org)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;history'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;check'= {
            cand --public-videos 'How many public videos the account has'
            cand --followers 'How many followers the account has'
            cand --module 'A configured merchant-page module: CODE:approved or CODE:pending (repeatable)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --real-name 'Real-name verification is done'
            cand --deposit-paid 'The showcase deposit is paid'
            cand --xingtu 'The account holds the creator-marketplace identity'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;employee;help'= {
            cand apply 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)'
            cand review 'Record the platform''s review: approve or reject with a reason (EA-5)'
            cand resubmit 'Correct a rejected application and send it back to review (EA-5)'
            cand withdraw 'Withdraw a rejected application, freeing its seat (EA-5)'
            cand activate 'Record the employee''s activation in the app (EA-6)'
            cand assets 'Record whether the account holds unsettled assets (EA-8)'
            cand resign 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)'
            cand unbind-confirm 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)'
            cand enable 'Hand a vacant account to a new employee; it goes through review again (EA-9)'
            cand deregister 'Request deregistration with every material; due in 5 working days (EA-10)'
            cand deregister-review 'Record the platform''s decision on a deregistration (EA-10)'
            cand show 'Show one employee account'
            cand list 'List employee accounts (every org''s, or --org''s)'
            cand history 'Every holder of the account with their period, newest first (EA-9)'
            cand check 'Eligibility report: showcase, merchant-page or xingtu (EA-12)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;employee;help;apply'= {
        }
        &'roster;employee;help;review'= {
        }
        &'roster;employee;help;resubmit'= {
        }
        &'roster;employee;help;withdraw'= {
        }
        &'roster;employee;help;activate'= {
        }
        &'roster;employee;help;assets'= {
        }
        &'roster;employee;help;resign'= {
        }
        &'roster;employee;help;unbind-confirm'= {
        }
        &'roster;employee;help;enable'= {
        }
        &'roster;employee;help;deregister'= {
        }
        &'roster;employee;help;deregister-review'= {
        }
        &'roster;employee;help;show'= {
        }
        &'roster;employee;help;list'= {
        }
        &'roster;employee;help;history'= {
        }
        &'roster;employee;help;check'= {
        }
        &'roster;employee;help;help'= {
        }
        &'roster;auth'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand invite 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)'
            cand accept 'The employee fills in their information within 48 hours (PA-2)'
            cand review 'Record the platform''s review (PA-3)'
            cand resubmit 'Correct a rejected application and send it back to review (PA-3)'
            cand modify 'Change the authorised modules or the validity period (PA-6)'
            cand unbind 'Always refused: authorised accounts cannot be unbound (PA-5)'
            cand end 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation'
            cand show 'Show one authorisation'
            cand list 'List authorisations (every org''s, or --org''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;auth;invite'= {
            cand --modules 'Module codes to authorise, comma-separated'
            cand --valid-until 'End of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --agree 'Agree to the business authorisation agreement (PA-1)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;accept'= {
            cand --name 'The employee''s name'
            cand --id-number 'The employee''s resident identity number (GB 11643)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;review'= {
            cand --reason 'Why the review rejects (with --reject)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --approve 'The platform approved it'
            cand --reject 'The platform rejected it (with --reason)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;resubmit'= {
            cand --name 'The corrected name'
            cand --id-number 'The corrected resident identity number'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;modify'= {
            cand --modules 'The new module codes, comma-separated (replace the old ones)'
            cand --valid-until 'The new end of the validity period (RFC 3339, or a date = the end of that day in Asia/Shanghai)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;unbind'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;end'= {
            cand --reason 'Why it ends'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;list'= {
            cand --status 'Only authorisations in this state'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;auth;help'= {
            cand invite 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)'
            cand accept 'The employee fills in their information within 48 hours (PA-2)'
            cand review 'Record the platform''s review (PA-3)'
            cand resubmit 'Correct a rejected application and send it back to review (PA-3)'
            cand modify 'Change the authorised modules or the validity period (PA-6)'
            cand unbind 'Always refused: authorised accounts cannot be unbound (PA-5)'
            cand end 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation'
            cand show 'Show one authorisation'
            cand list 'List authorisations (every org''s, or --org''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;auth;help;invite'= {
        }
        &'roster;auth;help;accept'= {
        }
        &'roster;auth;help;review'= {
        }
        &'roster;auth;help;resubmit'= {
        }
        &'roster;auth;help;modify'= {
        }
        &'roster;auth;help;unbind'= {
        }
        &'roster;auth;help;end'= {
        }
        &'roster;auth;help;show'= {
        }
        &'roster;auth;help;list'= {
        }
        &'roster;auth;help;help'= {
        }
        &'roster;upgrade'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand start 'The merchant upgrades a Douyin account to the shop''s official account (UP-1, UP-2, UP-4 … UP-6)'
            cand auto 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)'
            cand review 'Record the platform''s review of a pending upgrade'
            cand cancel 'Cancel an automatic upgrade within 30 days of it (UP-3)'
            cand status 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)'
            cand operator 'Change the account''s operator (UP-5: one per account, at most 5 accounts per person)'
            cand quota 'Show or set a subject''s vertical and dedicated quotas (UP-4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;upgrade;start'= {
            cand --shop 'The shop the account is upgraded for'
            cand --type 'The account type; without it the first with room (UP-4)'
            cand --holder-name 'The account''s pre-upgrade real-name holder: the first operator (UP-5)'
            cand --holder-id 'The holder''s resident identity number (GB 11643)'
            cand --holder-phone 'The holder''s mobile'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;auto'= {
            cand --shop 'The shop the account is upgraded for'
            cand --type 'The account type; without it the first with room (UP-4)'
            cand --holder-name 'The account''s pre-upgrade real-name holder: the first operator (UP-5)'
            cand --holder-id 'The holder''s resident identity number (GB 11643)'
            cand --holder-phone 'The holder''s mobile'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;review'= {
            cand --reason 'Why the review rejects (with --reject)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --approve 'The platform approved it'
            cand --reject 'The platform rejected it (with --reason)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;cancel'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;status'= {
            cand --shop 'Only this shop''s upgrades'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;operator'= {
            cand --name 'The new operator''s name'
            cand --id-number 'The new operator''s resident identity number (GB 11643)'
            cand --phone 'The new operator''s mobile'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;quota'= {
            cand --vertical 'Set the number of vertical accounts the subject may have'
            cand --dedicated 'Set the number of dedicated accounts the subject may have'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;upgrade;help'= {
            cand start 'The merchant upgrades a Douyin account to the shop''s official account (UP-1, UP-2, UP-4 … UP-6)'
            cand auto 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)'
            cand review 'Record the platform''s review of a pending upgrade'
            cand cancel 'Cancel an automatic upgrade within 30 days of it (UP-3)'
            cand status 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)'
            cand operator 'Change the account''s operator (UP-5: one per account, at most 5 accounts per person)'
            cand quota 'Show or set a subject''s vertical and dedicated quotas (UP-4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;upgrade;help;start'= {
        }
        &'roster;upgrade;help;auto'= {
        }
        &'roster;upgrade;help;review'= {
        }
        &'roster;upgrade;help;cancel'= {
        }
        &'roster;upgrade;help;status'= {
        }
        &'roster;upgrade;help;operator'= {
        }
        &'roster;upgrade;help;quota'= {
        }
        &'roster;upgrade;help;help'= {
        }
        &'roster;code'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issue 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;code;issue'= {
            cand --phone 'A mobile number'
            cand --email 'An email address'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;code;help'= {
            cand issue 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;code;help;issue'= {
        }
        &'roster;code;help;help'= {
        }
        &'roster;subaccount'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)'
            cand edit 'Change the name and positions (and a shop sub-account''s IM) (AG-4, SH-3)'
            cand disable 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)'
            cand enable 'Enable disabled sub-accounts (AG-5)'
            cand delete 'Delete sub-accounts: ends their authorisation (AG-5)'
            cand revoke 'The holder revokes the agency''s authorisation of their sub-account (AG-6)'
            cand show 'Show one sub-account of --org'
            cand list 'List sub-accounts (every org''s, or --org''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;subaccount;add'= {
            cand --phone 'A mobile number'
            cand --email 'An email address'
            cand --code 'The verification code issued for the phone or email'
            cand --name 'Display name (a shop''s nickname)'
            cand --position 'One or more position names, comma-separated'
            cand --im 'The IM permission (飞鸽) of a shop sub-account'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;edit'= {
            cand --name 'The new display name'
            cand --position 'The new position names, comma-separated (replace the old ones)'
            cand --im 'The IM permission (飞鸽) of a shop sub-account'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;disable'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;enable'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;delete'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;revoke'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;list'= {
            cand --status 'Only sub-accounts in this state'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;subaccount;help'= {
            cand add 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)'
            cand edit 'Change the name and positions (and a shop sub-account''s IM) (AG-4, SH-3)'
            cand disable 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)'
            cand enable 'Enable disabled sub-accounts (AG-5)'
            cand delete 'Delete sub-accounts: ends their authorisation (AG-5)'
            cand revoke 'The holder revokes the agency''s authorisation of their sub-account (AG-6)'
            cand show 'Show one sub-account of --org'
            cand list 'List sub-accounts (every org''s, or --org''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;subaccount;help;add'= {
        }
        &'roster;subaccount;help;edit'= {
        }
        &'roster;subaccount;help;disable'= {
        }
        &'roster;subaccount;help;enable'= {
        }
        &'roster;subaccount;help;delete'= {
        }
        &'roster;subaccount;help;revoke'= {
        }
        &'roster;subaccount;help;show'= {
        }
        &'roster;subaccount;help;list'= {
        }
        &'roster;subaccount;help;help'= {
        }
        &'roster;cs'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand group 'Service groups bound to pages'
            cand member 'Group members and their weights'
            cand online 'Put a sub-account online or offline for routing'
            cand route 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;cs;group'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a group bound to pages'
            cand show 'Show a group with its members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;cs;group;create'= {
            cand --pages 'The pages the group serves, comma-separated'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;cs;group;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;cs;group;help'= {
            cand create 'Create a group bound to pages'
            cand show 'Show a group with its members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;cs;group;help;create'= {
        }
        &'roster;cs;group;help;show'= {
        }
        &'roster;cs;group;help;help'= {
        }
        &'roster;cs;member'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add (or reweigh) a member with the IM permission'
            cand remove 'Remove a member'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;cs;member;add'= {
            cand --weight 'Its share of the conversations, relative to the other members'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;cs;member;remove'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;cs;member;help'= {
            cand add 'Add (or reweigh) a member with the IM permission'
            cand remove 'Remove a member'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;cs;member;help;add'= {
        }
        &'roster;cs;member;help;remove'= {
        }
        &'roster;cs;member;help;help'= {
        }
        &'roster;cs;online'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;cs;route'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;cs;help'= {
            cand group 'Service groups bound to pages'
            cand member 'Group members and their weights'
            cand online 'Put a sub-account online or offline for routing'
            cand route 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;cs;help;group'= {
            cand create 'Create a group bound to pages'
            cand show 'Show a group with its members'
        }
        &'roster;cs;help;group;create'= {
        }
        &'roster;cs;help;group;show'= {
        }
        &'roster;cs;help;member'= {
            cand add 'Add (or reweigh) a member with the IM permission'
            cand remove 'Remove a member'
        }
        &'roster;cs;help;member;add'= {
        }
        &'roster;cs;help;member;remove'= {
        }
        &'roster;cs;help;online'= {
        }
        &'roster;cs;help;route'= {
        }
        &'roster;cs;help;help'= {
        }
        &'roster;access'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)'
            cand list 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;access;check'= {
            cand --at 'RFC 3339, or a date = the end of that day in Asia/Shanghai'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;access;list'= {
            cand --at 'RFC 3339, or a date = the end of that day in Asia/Shanghai'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;access;help'= {
            cand check 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)'
            cand list 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;access;help;check'= {
        }
        &'roster;access;help;list'= {
        }
        &'roster;access;help;help'= {
        }
        &'roster;import'= {
            cand --report 'Write the input columns plus result, error_code, error_message here'
            cand --batch 'At most N rows per committed transaction (each also holds the write lock at most 250 ms)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --columns 'Print the columns KIND reads (name, required, other spellings) instead of importing; needs no file and no database'
            cand --all-or-nothing 'Land nothing if any row fails'
            cand --dry-run 'Check every row and write nothing'
            cand --agree 'Agree to the platform / authorisation agreement for every row (employees, authorizations)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;export'= {
            cand --encoding 'The CSV''s encoding, for the program that opens it; CSV only'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;sweep'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --dry-run 'Report what would change; change nothing'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;due'= {
            cand --within 'How far ahead to look: 48h, 7d, 90m, 2w, 1d12h, or ISO 8601 (PT36H, P7D)'
            cand --kind 'Only these kinds, comma-separated or repeated [default: every kind but code_expires]'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;calendar'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Which years the working-day calendar covers and where each came from (the default)'
            cand check 'Validate a calendar file (the format calendar_file accepts) and list the years it would add'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;calendar;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;calendar;check'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;calendar;help'= {
            cand show 'Which years the working-day calendar covers and where each came from (the default)'
            cand check 'Validate a calendar file (the format calendar_file accepts) and list the years it would add'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;calendar;help;show'= {
        }
        &'roster;calendar;help;check'= {
        }
        &'roster;calendar;help;help'= {
        }
        &'roster;identity'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand penalize 'Record a penalty on an identity''s real-name accounts (EA-7)'
            cand clear 'End every penalty in force on an identity now'
            cand show 'Show an identity''s penalties and whether one is in force'
            cand xingtu 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;identity;penalize'= {
            cand --kind 'The penalty'
            cand --until 'When the penalty ends (RFC 3339, or a date = the end of that day in Asia/Shanghai); open-ended if omitted'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;identity;clear'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;identity;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;identity;xingtu'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --on 'It holds the identity'
            cand --off 'It does not hold the identity'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;identity;help'= {
            cand penalize 'Record a penalty on an identity''s real-name accounts (EA-7)'
            cand clear 'End every penalty in force on an identity now'
            cand show 'Show an identity''s penalties and whether one is in force'
            cand xingtu 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;identity;help;penalize'= {
        }
        &'roster;identity;help;clear'= {
        }
        &'roster;identity;help;show'= {
        }
        &'roster;identity;help;xingtu'= {
        }
        &'roster;identity;help;help'= {
        }
        &'roster;audit'= {
            cand --since 'From this instant on (RFC 3339, or a date = the start of that day in Asia/Shanghai)'
            cand --until 'Up to this instant (inclusive)'
            cand --action 'Only this action (org.create, position.edit …)'
            cand --object 'Only this object key (a trailing * for a prefix)'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;backup'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --force 'Replace FILE if it exists'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;migrate'= {
            cand --to 'The database to copy into: an SQLite file path, or a PostgreSQL URL'
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;doctor'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print every policy value in force (defaults merged with the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;config;show'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;config;help'= {
            cand show 'Print every policy value in force (defaults merged with the config file)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;config;help;show'= {
        }
        &'roster;config;help;help'= {
        }
        &'roster;completions'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;explain'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --list 'List every rule and error code with its title instead'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;man'= {
            cand --db 'The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use'
            cand --org 'The organisation an org-scoped command acts on'
            cand --format 'Output format'
            cand --now 'The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag'
            cand --actor 'Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]'
            cand --config 'Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]'
            cand --key-file 'The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database''s backups) [default: key_file in the config, else beside the database: roster.db → roster.key]'
            cand --busy-timeout 'Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite''s limit)'
            cand --markdown 'The command reference as Markdown (docs/commands.md) instead of roff'
            cand --json 'Short for --format json'
            cand --allow-network-fs 'Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite''s write-ahead log corrupts there'
            cand --reveal-pii 'Show identity numbers unmasked (recorded in the audit log)'
            cand -q 'No output on success (exit code only)'
            cand --quiet 'No output on success (exit code only)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'roster;help'= {
            cand init 'Create or migrate the database (idempotent)'
            cand org 'Organisations: enterprises, agencies, shops (EN-1 … EN-6)'
            cand position 'Positions: named permission sets (POS-1 … POS-5)'
            cand department 'Departments of an enterprise, addressed by path (DEP-1)'
            cand employee 'Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)'
            cand auth 'Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)'
            cand upgrade 'Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)'
            cand code 'One-time verification codes (VC-1)'
            cand subaccount 'Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)'
            cand cs 'Customer-service routing of a shop (SH-4)'
            cand access 'Who holds which permission, now or at any past instant (POS-4)'
            cand import 'Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers'
            cand export 'Export what import reads back (csv, or jsonl with --format jsonl)'
            cand sweep 'End what has expired; one idempotent pass for cron (SW-1)'
            cand due 'What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)'
            cand calendar 'The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)'
            cand identity 'Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)'
            cand audit 'Who did what, when (AU-1)'
            cand backup 'Copy the database, consistently, while others write (SQLite''s online backup)'
            cand migrate 'Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified'
            cand doctor 'Check the database: integrity, schema, counters, audit trail, identity numbers in clear'
            cand config 'The configuration in force'
            cand completions 'Print a shell completion script'
            cand explain 'A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out'
            cand man 'Print the manual page (roff), or the command reference as Markdown'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;help;init'= {
        }
        &'roster;help;org'= {
            cand create 'Create an enterprise, agency or shop (EN-1)'
            cand verify 'Mark an enterprise verified (EN-2); needed before any employee account'
            cand level 'Set an enterprise''s growth level, which sets its quota (EN-3, EN-4)'
            cand tools 'Grant or revoke the marketing tools an enterprise holds (EN-5)'
            cand show 'Show one organisation with quota_used / quota_limit'
            cand list 'List organisations'
        }
        &'roster;help;org;create'= {
            cand enterprise 'An enterprise account (企业号)'
            cand agency 'An MCN agency (机构) on the agency workbench'
            cand shop 'A shop (抖店)'
        }
        &'roster;help;org;create;enterprise'= {
        }
        &'roster;help;org;create;agency'= {
        }
        &'roster;help;org;create;shop'= {
        }
        &'roster;help;org;verify'= {
        }
        &'roster;help;org;level'= {
        }
        &'roster;help;org;tools'= {
        }
        &'roster;help;org;show'= {
        }
        &'roster;help;org;list'= {
        }
        &'roster;help;position'= {
            cand create 'Create a position in --org (POS-1)'
            cand edit 'Change a position''s permissions, description or name (POS-5)'
            cand delete 'Delete a position nobody holds (POS-5)'
            cand show 'Show one position'
            cand list 'List the positions of --org'
            cand catalogue 'The permission codes of an org kind (POS-2a)'
        }
        &'roster;help;position;create'= {
        }
        &'roster;help;position;edit'= {
        }
        &'roster;help;position;delete'= {
        }
        &'roster;help;position;show'= {
        }
        &'roster;help;position;list'= {
        }
        &'roster;help;position;catalogue'= {
        }
        &'roster;help;department'= {
            cand create 'Create a department; its parent must exist (DEP-1)'
            cand rename 'Rename the last segment of PATH; sub-departments follow'
            cand move 'Move a department under another (--to / for the top level)'
            cand delete 'Delete a department without sub-departments or members'
            cand list 'List the department tree of --org'
        }
        &'roster;help;department;create'= {
        }
        &'roster;help;department;rename'= {
        }
        &'roster;help;department;move'= {
        }
        &'roster;help;department;delete'= {
        }
        &'roster;help;department;list'= {
        }
        &'roster;help;employee'= {
            cand apply 'Apply for an employee account in --org (EA-1 … EA-4, EA-7, EN-2 … EN-4)'
            cand review 'Record the platform''s review: approve or reject with a reason (EA-5)'
            cand resubmit 'Correct a rejected application and send it back to review (EA-5)'
            cand withdraw 'Withdraw a rejected application, freeing its seat (EA-5)'
            cand activate 'Record the employee''s activation in the app (EA-6)'
            cand assets 'Record whether the account holds unsettled assets (EA-8)'
            cand resign 'The employee leaves: vacant, or resigning while assets are unsettled (EA-8)'
            cand unbind-confirm 'The employee finished the manual real-name unbind: resigning → vacant (EA-8)'
            cand enable 'Hand a vacant account to a new employee; it goes through review again (EA-9)'
            cand deregister 'Request deregistration with every material; due in 5 working days (EA-10)'
            cand deregister-review 'Record the platform''s decision on a deregistration (EA-10)'
            cand show 'Show one employee account'
            cand list 'List employee accounts (every org''s, or --org''s)'
            cand history 'Every holder of the account with their period, newest first (EA-9)'
            cand check 'Eligibility report: showcase, merchant-page or xingtu (EA-12)'
        }
        &'roster;help;employee;apply'= {
        }
        &'roster;help;employee;review'= {
        }
        &'roster;help;employee;resubmit'= {
        }
        &'roster;help;employee;withdraw'= {
        }
        &'roster;help;employee;activate'= {
        }
        &'roster;help;employee;assets'= {
        }
        &'roster;help;employee;resign'= {
        }
        &'roster;help;employee;unbind-confirm'= {
        }
        &'roster;help;employee;enable'= {
        }
        &'roster;help;employee;deregister'= {
        }
        &'roster;help;employee;deregister-review'= {
        }
        &'roster;help;employee;show'= {
        }
        &'roster;help;employee;list'= {
        }
        &'roster;help;employee;history'= {
        }
        &'roster;help;employee;check'= {
        }
        &'roster;help;auth'= {
            cand invite 'Invite personal accounts to --org; reports each; exit 6 when some failed (PA-1, PA-4, PA-7)'
            cand accept 'The employee fills in their information within 48 hours (PA-2)'
            cand review 'Record the platform''s review (PA-3)'
            cand resubmit 'Correct a rejected application and send it back to review (PA-3)'
            cand modify 'Change the authorised modules or the validity period (PA-6)'
            cand unbind 'Always refused: authorised accounts cannot be unbound (PA-5)'
            cand end 'End an authorisation: the personal account was deregistered (PA-5), or withdraw an invitation'
            cand show 'Show one authorisation'
            cand list 'List authorisations (every org''s, or --org''s)'
        }
        &'roster;help;auth;invite'= {
        }
        &'roster;help;auth;accept'= {
        }
        &'roster;help;auth;review'= {
        }
        &'roster;help;auth;resubmit'= {
        }
        &'roster;help;auth;modify'= {
        }
        &'roster;help;auth;unbind'= {
        }
        &'roster;help;auth;end'= {
        }
        &'roster;help;auth;show'= {
        }
        &'roster;help;auth;list'= {
        }
        &'roster;help;upgrade'= {
            cand start 'The merchant upgrades a Douyin account to the shop''s official account (UP-1, UP-2, UP-4 … UP-6)'
            cand auto 'Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)'
            cand review 'Record the platform''s review of a pending upgrade'
            cand cancel 'Cancel an automatic upgrade within 30 days of it (UP-3)'
            cand status 'Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)'
            cand operator 'Change the account''s operator (UP-5: one per account, at most 5 accounts per person)'
            cand quota 'Show or set a subject''s vertical and dedicated quotas (UP-4)'
        }
        &'roster;help;upgrade;start'= {
        }
        &'roster;help;upgrade;auto'= {
        }
        &'roster;help;upgrade;review'= {
        }
        &'roster;help;upgrade;cancel'= {
        }
        &'roster;help;upgrade;status'= {
        }
        &'roster;help;upgrade;operator'= {
        }
        &'roster;help;upgrade;quota'= {
        }
        &'roster;help;code'= {
            cand issue 'Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)'
        }
        &'roster;help;code;issue'= {
        }
        &'roster;help;subaccount'= {
            cand add 'Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)'
            cand edit 'Change the name and positions (and a shop sub-account''s IM) (AG-4, SH-3)'
            cand disable 'Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)'
            cand enable 'Enable disabled sub-accounts (AG-5)'
            cand delete 'Delete sub-accounts: ends their authorisation (AG-5)'
            cand revoke 'The holder revokes the agency''s authorisation of their sub-account (AG-6)'
            cand show 'Show one sub-account of --org'
            cand list 'List sub-accounts (every org''s, or --org''s)'
        }
        &'roster;help;subaccount;add'= {
        }
        &'roster;help;subaccount;edit'= {
        }
        &'roster;help;subaccount;disable'= {
        }
        &'roster;help;subaccount;enable'= {
        }
        &'roster;help;subaccount;delete'= {
        }
        &'roster;help;subaccount;revoke'= {
        }
        &'roster;help;subaccount;show'= {
        }
        &'roster;help;subaccount;list'= {
        }
        &'roster;help;cs'= {
            cand group 'Service groups bound to pages'
            cand member 'Group members and their weights'
            cand online 'Put a sub-account online or offline for routing'
            cand route 'Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)'
        }
        &'roster;help;cs;group'= {
            cand create 'Create a group bound to pages'
            cand show 'Show a group with its members'
        }
        &'roster;help;cs;group;create'= {
        }
        &'roster;help;cs;group;show'= {
        }
        &'roster;help;cs;member'= {
            cand add 'Add (or reweigh) a member with the IM permission'
            cand remove 'Remove a member'
        }
        &'roster;help;cs;member;add'= {
        }
        &'roster;help;cs;member;remove'= {
        }
        &'roster;help;cs;online'= {
        }
        &'roster;help;cs;route'= {
        }
        &'roster;help;access'= {
            cand check 'Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)'
            cand list 'Every (account, org, permission) in force, in --org or every org (now, or at a past instant)'
        }
        &'roster;help;access;check'= {
        }
        &'roster;help;access;list'= {
        }
        &'roster;help;import'= {
        }
        &'roster;help;export'= {
        }
        &'roster;help;sweep'= {
        }
        &'roster;help;due'= {
        }
        &'roster;help;calendar'= {
            cand show 'Which years the working-day calendar covers and where each came from (the default)'
            cand check 'Validate a calendar file (the format calendar_file accepts) and list the years it would add'
        }
        &'roster;help;calendar;show'= {
        }
        &'roster;help;calendar;check'= {
        }
        &'roster;help;identity'= {
            cand penalize 'Record a penalty on an identity''s real-name accounts (EA-7)'
            cand clear 'End every penalty in force on an identity now'
            cand show 'Show an identity''s penalties and whether one is in force'
            cand xingtu 'Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)'
        }
        &'roster;help;identity;penalize'= {
        }
        &'roster;help;identity;clear'= {
        }
        &'roster;help;identity;show'= {
        }
        &'roster;help;identity;xingtu'= {
        }
        &'roster;help;audit'= {
        }
        &'roster;help;backup'= {
        }
        &'roster;help;migrate'= {
        }
        &'roster;help;doctor'= {
        }
        &'roster;help;config'= {
            cand show 'Print every policy value in force (defaults merged with the config file)'
        }
        &'roster;help;config;show'= {
        }
        &'roster;help;completions'= {
        }
        &'roster;help;explain'= {
        }
        &'roster;help;man'= {
        }
        &'roster;help;help'= {
        }
    ]
    $completions[$command]
}
