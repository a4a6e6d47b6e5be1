package app

import (
	"fyne.io/fyne/v2/lang"
)

// problemsTab is 五、存在的主要问题及改进情况, one text field.
func (v *reportView) problemsTab() *sectionForm {
	return v.singleNarrativeTab("s5", lang.L("如实写明本年度政务公开工作存在的主要问题，以及下一步的改进措施。"))
}
