package filechooser

import (
	"reflect"
	"testing"
)

// Every word of the dialogs is there in both languages: a field left out would show as nothing.
func TestStringsComplete(t *testing.T) {
	for name, s := range map[string]Strings{"Text": Text, "English": English} {
		v := reflect.ValueOf(s)
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).IsZero() {
				t.Errorf("%s.%s is not set", name, v.Type().Field(i).Name)
			}
		}
	}
}
