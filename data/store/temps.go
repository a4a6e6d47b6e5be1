package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// tempPrefix begins the name of every temporary file the store makes: a backup being written, a
// backup's copy being restored, a probe of the disk. The process id follows, so that the next
// open can tell a file left by a killed process from one that another process is still writing.
const tempPrefix = ".nianbao-tmp-"

// createTemp makes an empty temporary file of the given kind in dir, named with this process's id.
func createTemp(dir, kind, suffix string) (*os.File, error) {
	return os.CreateTemp(dir, tempPrefix+kind+"-"+strconv.Itoa(os.Getpid())+"-*"+suffix)
}

// removeStaleTemps removes the temporary files in dir that a killed backup or restore left: each
// holds a full copy of the history. Files of a running process are left; errors (a folder that
// cannot be written) are ignored, since nothing depends on the removal.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if legacyTemp(e) {
			os.Remove(filepath.Join(dir, e.Name()))
			continue
		}
		rest, ok := strings.CutPrefix(e.Name(), tempPrefix)
		if !ok || e.IsDir() {
			continue
		}
		// kind-pid-random[suffix]; a probe has no pid and is removed by whoever made it.
		parts := strings.SplitN(rest, "-", 3)
		if len(parts) < 3 {
			continue
		}
		pid, err := strconv.Atoi(parts[1])
		if err != nil || pid == os.Getpid() || processAlive(pid) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// legacyAge is the age after which a temporary file of a 年报通 from before tempPrefix (no
// process id in the name) is taken as left behind: no backup or restore takes a day.
const legacyAge = 24 * time.Hour

// legacyTemp reports whether e is a copy of a history that a killed backup (.nianbao-backup-*,
// beside the backup) or restore (nianbao-restore-*.db, in the system's temporary folder) of an
// older 年报通 left.
func legacyTemp(e os.DirEntry) bool {
	name := e.Name()
	if !strings.HasPrefix(name, ".nianbao-backup-") && !strings.HasPrefix(name, "nianbao-restore-") || e.IsDir() {
		return false
	}
	info, err := e.Info()
	return err == nil && time.Since(info.ModTime()) > legacyAge
}
