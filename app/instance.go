package app

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Instance is the running 年报通 of one history database: a second start on the same database
// finds it on a loopback port derived from the database path, hands it the files it was asked
// to open, asks it to come to the front and exits, so a clerk who double-clicks the icon or a
// report again gets the window already open instead of a second one on the same reports.
type Instance struct {
	ln       net.Listener
	mu       sync.Mutex
	activate func(files []string)
	pending  bool     // a start asked for the window before Run set activate
	files    []string // the files of the starts that came before Run set activate
}

// instanceHello and instanceOK are the two lines of the handshake; a program of another kind
// that happens to listen on the port answers something else and is left alone. The hello line
// carries the files to open as a JSON array of paths, which may hold any character.
const (
	instanceHello = "nianbao activate"
	instanceOK    = "nianbao ok"
)

// instanceTimeout bounds the handshake, so a port held by a program that never answers does
// not keep 年报通 from starting.
const instanceTimeout = 3 * time.Second

// ClaimInstance makes this process the running 年报通 for the database at dbPath, or hands the
// start and its files (absolute paths, see StartFiles) over to the one already running on it:
// then it returns running true (that window has been asked to come to the front and import the
// files) and the caller exits. When neither works (the port is taken by another program) it
// returns a nil Instance and the app starts anyway.
func ClaimInstance(dbPath string, files []string) (inst *Instance, running bool) {
	addr := instanceAddr(dbPath)
	if ln, err := net.Listen("tcp", addr); err == nil {
		inst = &Instance{ln: ln}
		go inst.serve()
		return inst, false
	}
	if pid, err := handOver(addr, files); err == nil {
		allowForeground(pid)
		return nil, true
	}
	return nil, false
}

// instanceAddr is the loopback address for the database at path: a port in the dynamic range
// from a hash of the cleaned path (case-folded on Windows, where C:\Users and c:\users are one
// folder), so two users or two databases do not meet.
func instanceAddr(path string) string {
	p := filepath.Clean(path)
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if runtime.GOOS == "windows" {
		p = strings.ToLower(p)
	}
	h := fnv.New32a()
	h.Write([]byte(p))
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(49152+int(h.Sum32()%16000)))
}

// handOver asks the 年报通 listening at addr to show its window and import files, and returns
// its process id.
func handOver(addr string, files []string) (int, error) {
	c, err := net.DialTimeout("tcp", addr, instanceTimeout)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(instanceTimeout))
	list, err := json.Marshal(files)
	if err != nil {
		return 0, err
	}
	if _, err := fmt.Fprintf(c, "%s %s\n", instanceHello, list); err != nil {
		return 0, err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return 0, err
	}
	pid, ok := strings.CutPrefix(strings.TrimSpace(line), instanceOK+" ")
	if !ok {
		return 0, fmt.Errorf("端口 %s 上不是年报通", addr)
	}
	return strconv.Atoi(pid)
}

func (in *Instance) serve() {
	for {
		c, err := in.ln.Accept()
		if err != nil {
			return // closed
		}
		go in.answer(c)
	}
}

func (in *Instance) answer(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(instanceTimeout))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return
	}
	list, ok := strings.CutPrefix(strings.TrimSpace(line), instanceHello)
	var files []string
	if !ok || (strings.TrimSpace(list) != "" && json.Unmarshal([]byte(list), &files) != nil) {
		return
	}
	// The request is taken before the answer, so once the second start has its answer the
	// window is sure to come to the front, even if it does not exist yet.
	in.mu.Lock()
	f := in.activate
	if f == nil {
		in.pending = true
		in.files = append(in.files, files...)
	}
	in.mu.Unlock()
	if f != nil {
		f(files)
	}
	_, _ = fmt.Fprintf(c, "%s %d\n", instanceOK, os.Getpid())
}

// OnActivate sets what a second start does (bring the window to the front, import the files it
// was given); the requests that came before it was set are delivered now, as one.
func (in *Instance) OnActivate(f func(files []string)) {
	if in == nil {
		return
	}
	in.mu.Lock()
	in.activate = f
	pending, files := in.pending, in.files
	in.pending, in.files = false, nil
	in.mu.Unlock()
	if pending {
		f(files)
	}
}

// Close stops answering later starts.
func (in *Instance) Close() {
	if in != nil {
		in.ln.Close()
	}
}
