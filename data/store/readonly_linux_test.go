package store

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// envROFile names the folder of the history whose file TestReadOnlyFile's child opens.
const envROFile = "NIANBAO_STORE_RO_FILE"

// A database file the user may not write (mode 0444) is opened for reading: the list is there,
// and a save says why it cannot be made. Root may write any file, so as root the check runs again
// as user nobody.
func TestReadOnlyFile(t *testing.T) {
	if dir := os.Getenv(envROFile); dir != "" {
		checkReadOnly(t, filepath.Join(dir, "nianbao.db"), "只读")
		return
	}
	s, path := openTemp(t)
	mustSave(t, s, sample("甲县民政局", 2023, 1, 0, 0))
	s.Close()
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		checkReadOnly(t, path, "只读")
		return
	}
	dir := filepath.Dir(path)
	os.Chmod(dir, 0o777) // SQLite may still keep its -shm beside the file
	os.Chmod(filepath.Dir(dir), 0o755)
	bin := filepath.Join(filepath.Dir(dir), "store.test")
	copyFile(t, os.Args[0], bin)
	cmd := exec.Command(bin, "-test.run=^TestReadOnlyFile$", "-test.v")
	cmd.Env = append(os.Environ(), envROFile+"="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestReadOnlyFile") {
		t.Fatalf("as user nobody: %v\n%s", err, out)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
