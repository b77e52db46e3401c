//! A WAL database on a network filesystem corrupts: SQLite's write-ahead
//! log coordinates writers through a shared-memory file (`-shm`) that only
//! works between processes of one machine, and network filesystems' locks
//! are not to be trusted (SQLite's documentation, "WAL does not work over a
//! network filesystem"). Such a database is refused unless the user says
//! they know better.
//!
//! The filesystem is read from `/proc/self/mountinfo` (Linux): the mount
//! that holds the database's directory, and its type by name, which also
//! tells a FUSE network mount (`fuse.sshfs`) from a local FUSE one. Where
//! that file does not exist (another system), nothing is refused.

use std::path::{Path, PathBuf};

/// Filesystem types that are network or cluster filesystems.
const NETWORK: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "ceph",
    "glusterfs",
    "9p",
    "lustre",
    "gfs2",
    "ocfs2",
    "davfs",
    "coda",
    "beegfs",
    "gpfs",
    "orangefs",
];

/// FUSE subtypes (`fuse.NAME`) that reach another machine.
const NETWORK_FUSE: &[&str] = &[
    "sshfs",
    "s3fs",
    "rclone",
    "gcsfuse",
    "davfs2",
    "juicefs",
    "glusterfs",
    "cephfs",
    "goofys",
    "blobfuse",
    "blobfuse2",
    "mountpoint-s3",
    "sshfs-fuse",
];

fn is_network(fstype: &str) -> bool {
    let ty = fstype.to_ascii_lowercase();
    if let Some(sub) = ty
        .strip_prefix("fuse.")
        .or_else(|| ty.strip_prefix("fuseblk."))
    {
        return NETWORK_FUSE.contains(&sub);
    }
    NETWORK.contains(&ty.as_str())
}

/// `\040`-style escapes of mountinfo paths.
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\'
            && i + 3 < bytes.len()
            && bytes[i + 1..i + 4]
                .iter()
                .all(|b| (b'0'..=b'7').contains(b))
        {
            let v = bytes[i + 1..i + 4]
                .iter()
                .fold(0u32, |acc, b| acc * 8 + u32::from(b - b'0'));
            out.push(u8::try_from(v).unwrap_or(b'?'));
            i += 4;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The network filesystem type (and its mount point) that holds `dir`,
/// if it is one, read from the text of a mountinfo file.
pub fn network_mount(mountinfo: &str, dir: &Path) -> Option<(String, PathBuf)> {
    let mut best: Option<(usize, String, PathBuf)> = None;
    for line in mountinfo.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let Some(sep) = fields.iter().position(|f| *f == "-") else {
            continue;
        };
        let (Some(point), Some(fstype)) = (fields.get(4), fields.get(sep + 1)) else {
            continue;
        };
        let point = PathBuf::from(unescape(point));
        if !dir.starts_with(&point) {
            continue;
        }
        let depth = point.components().count();
        // The deepest mount wins; of equal ones, the later (it covers the
        // earlier).
        if best.as_ref().is_none_or(|(d, _, _)| depth >= *d) {
            best = Some((depth, (*fstype).to_string(), point));
        }
    }
    best.filter(|(_, ty, _)| is_network(ty))
        .map(|(_, ty, point)| (ty, point))
}

/// Refuses a database on a network filesystem (unless `allow`).
pub fn check(db: &Path, allow: bool) -> crate::error::Result<()> {
    if allow {
        return Ok(());
    }
    let Ok(info) = std::fs::read_to_string("/proc/self/mountinfo") else {
        return Ok(());
    };
    let dir = db
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    match network_mount(&info, &dir) {
        None => Ok(()),
        Some((fstype, point)) => Err(crate::error::Error::Io {
            code: "NETWORK_FILESYSTEM",
            message: format!(
                "{} is on a network filesystem ({fstype} mounted at {}): SQLite's write-ahead log does not work over a network filesystem, and several machines writing one file corrupt it. Machines that share one matrix should share a PostgreSQL database instead: `roster migrate --to postgres://USER@HOST/DB` copies this file there, then point --db at that URL. Or keep the file on a local disk of the one machine that runs roster; --allow-network-fs overrides this check for a filesystem you know to be safe",
                db.display(),
                point.display()
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const INFO: &str = "\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:45 / /srv/shared rw,relatime shared:5 - nfs4 fs1:/export rw,vers=4.2
41 40 8:2 / /srv/shared/local rw - ext4 /dev/sdb1 rw
42 27 0:46 / /mnt/office\\040share rw - cifs //nas/share rw
43 27 0:47 / /home/me/remote rw - fuse.sshfs me@host: rw
44 27 0:48 / /home/me/vault rw - fuse.gocryptfs /home/me/.vault rw
45 27 0:49 / /mnt/wsl rw - 9p drvfs rw
";

    #[test]
    fn network_mounts_are_found_by_the_deepest_mount_point() {
        let net =
            |p: &str| network_mount(INFO, Path::new(p)).map(|(t, m)| (t, m.display().to_string()));
        assert_eq!(net("/var/lib/roster"), None);
        assert_eq!(
            net("/srv/shared/roster"),
            Some(("nfs4".into(), "/srv/shared".into()))
        );
        assert_eq!(
            net("/srv/shared"),
            Some(("nfs4".into(), "/srv/shared".into()))
        );
        // A local disk mounted inside the share is local.
        assert_eq!(net("/srv/shared/local/db"), None);
        // Not a prefix by characters: /srv/sharedX is not under the share.
        assert_eq!(net("/srv/sharedX"), None);
        assert_eq!(
            net("/mnt/office share/roster"),
            Some(("cifs".into(), "/mnt/office share".into()))
        );
        assert_eq!(
            net("/home/me/remote/db"),
            Some(("fuse.sshfs".into(), "/home/me/remote".into()))
        );
        // A local FUSE filesystem (an encrypted folder) is not a network one.
        assert_eq!(net("/home/me/vault/db"), None);
        assert_eq!(net("/mnt/wsl/c"), Some(("9p".into(), "/mnt/wsl".into())));
    }

    #[test]
    fn this_machines_temp_dir_is_local_and_the_override_passes() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check(&dir.path().join("r.db"), false).is_ok());
        assert!(check(Path::new("/nonexistent/r.db"), true).is_ok());
    }
}
