package document

import (
	"mime"
	"strings"
	"testing"
)

// Every kind names its media types, which the Linux menu entry declares, in a form a desktop
// takes; a new kind without them would silently be left out of 打开方式.
func TestKindsHaveMediaTypes(t *testing.T) {
	for _, k := range Kinds() {
		if len(k.MIMETypes) == 0 {
			t.Errorf("%s: no media types", k.Name)
		}
		for _, m := range k.MIMETypes {
			if mt, params, err := mime.ParseMediaType(m); err != nil || !strings.EqualFold(mt, m) || len(params) > 0 {
				t.Errorf("%s: media type %q is not a plain type/subtype", k.Name, m)
			}
		}
	}
}
