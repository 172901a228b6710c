#!/bin/sh
# Nightly backup of the database and the media (run on the timer host as root; see
# docs/DEPLOYMENT.md, "Backups"). Keeps 14 daily dumps locally; the whole folder is
# then copied off-site by the agency's backup system.
set -eu
BESTEMMING=${BESTEMMING:-/srv/backup/vreemdelingenrecht}
DATABASE=${DATABASE:-vreemdelingenrecht}
MEDIA=${MEDIA:-/srv/vreemdelingenrecht/media}
STEMPEL=$(date +%Y%m%d-%H%M)
mkdir -p "$BESTEMMING/db" "$BESTEMMING/media"

# Custom format: compressed, restorable table by table, in parallel (pg_restore -j).
pg_dump -Fc -Z 6 --no-owner -d "$DATABASE" -f "$BESTEMMING/db/$DATABASE-$STEMPEL.dump.tmp"
mv "$BESTEMMING/db/$DATABASE-$STEMPEL.dump.tmp" "$BESTEMMING/db/$DATABASE-$STEMPEL.dump"
find "$BESTEMMING/db" -name "*.dump" -mtime +14 -delete

# Media: an rsync mirror plus hard-linked daily snapshots (unchanged files cost nothing).
VORIGE=$(ls -1d "$BESTEMMING"/media/20* 2>/dev/null | tail -n 1 || true)
rsync -a --delete ${VORIGE:+--link-dest="$VORIGE"} "$MEDIA/" "$BESTEMMING/media/$STEMPEL/"
find "$BESTEMMING/media" -mindepth 1 -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
