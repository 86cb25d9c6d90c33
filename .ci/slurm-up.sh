#!/usr/bin/env bash
# Brings up a single-node Slurm cluster on this machine (Debian's slurm-wlm and munge, run as
# root), for lrlab's Slurm end-to-end checks. Idempotent: a daemon already running is kept,
# an existing munge key is kept, and the configuration is rewritten only when it differs.
#
#   sudo .ci/slurm-up.sh            # install if needed, configure, start, wait for the node
#
# Exits non-zero, saying why, when the cluster does not come up.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "slurm-up: run as root (it writes /etc/slurm and starts daemons)" >&2
    exit 2
fi

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge
fi

host=$(hostname -s)
cpus=$(nproc)
# Leave the system some memory; Slurm refuses a node that reports less than configured.
memory=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)

# munge: a key readable by the munge user only, and one daemon (a second `munged --force`
# would take over the running one's socket).
install -d -o munge -g munge -m 0700 /etc/munge /var/lib/munge /var/log/munge
install -d -o munge -g munge -m 0755 /run/munge
if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge/munge.key
chmod 0400 /etc/munge/munge.key
if ! pgrep -x munged >/dev/null; then
    runuser -u munge -- /usr/sbin/munged
fi
for _ in $(seq 50); do munge -n >/dev/null 2>&1 && break; sleep 0.1; done
munge -n | unmunge >/dev/null

install -d -m 0755 /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
config=$(cat <<EOF
# Written by lrlab's .ci/slurm-up.sh: a single-node cluster for tests.
ClusterName=lrlab
SlurmctldHost=$host
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SlurmUser=root
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
MinJobAge=600
KillWait=5
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
)
changed=0
if [ ! -f /etc/slurm/slurm.conf ] || [ "$(cat /etc/slurm/slurm.conf)" != "$config" ]; then
    printf '%s\n' "$config" > /etc/slurm/slurm.conf
    changed=1
fi

if [ "$changed" = 1 ] && pgrep -x slurmctld >/dev/null; then scontrol reconfigure || true; fi
pgrep -x slurmctld >/dev/null || /usr/sbin/slurmctld
pgrep -x slurmd >/dev/null || /usr/sbin/slurmd

for _ in $(seq 60); do
    state=$(sinfo --noheader --nodes="$host" --format=%T 2>/dev/null || true)
    case "$state" in
    idle* | mixed* | allocated*) break ;;
    down* | drain*) scontrol update NodeName="$host" State=RESUME >/dev/null 2>&1 || true ;;
    esac
    sleep 0.5
done
state=$(sinfo --noheader --nodes="$host" --format=%T 2>/dev/null || true)
case "$state" in
idle* | mixed* | allocated*) echo "slurm-up: node $host is $state ($cpus CPUs, ${memory} MB)" ;;
*)
    echo "slurm-up: node $host did not come up (state: '${state:-none}'); see /var/log/slurm/" >&2
    tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 || true
    exit 1
    ;;
esac
