package htmlimport

import (
	"nianbao/data/assemble"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// article is the part of a page that is the report.
type article struct {
	inside map[*html.Node]bool // elements of the article; nil when the whole page is taken
	first  int                 // index of the first block that is a section heading or a table of the report; -1 if none
}

// maxAnchors bounds the elements the article is found from: the first heading of each section
// and the first tables are enough, and a bound keeps a malformed page from costing time.
const maxAnchors = 12

// findArticle finds the article: the smallest container holding the report's section headings
// and tables. Outside it are the site's header, menus, sidebars and footer. It also classifies
// which table blocks hold tables of the report.
func findArticle(blocks []block) article {
	var h assemble.Headings
	var anchors []*html.Node
	seen := map[string]bool{}
	a := article{first: -1}
	for i, b := range blocks {
		key := ""
		if b.rows != nil {
			if assemble.TableOf(b.rows) != nil {
				key = "table"
			}
		} else if s, _, ok := h.Match(b.text); ok {
			key = s.Key
		}
		if key == "" {
			continue
		}
		if a.first < 0 {
			a.first = i
		}
		if (key == "table" || !seen[key]) && len(anchors) < maxAnchors && b.node != nil {
			seen[key] = true
			anchors = append(anchors, b.node)
		}
	}
	if root := container(commonAncestor(anchors)); root != nil {
		a.inside = map[*html.Node]bool{}
		markSubtree(root, a.inside)
	}
	return a
}

// contains reports whether a block belongs to the article.
func (a article) contains(b block) bool {
	return a.inside == nil || a.inside[b.node]
}

func markSubtree(n *html.Node, set map[*html.Node]bool) {
	set[n] = true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markSubtree(c, set)
	}
}

// commonAncestor is the deepest element holding all nodes, or nil.
func commonAncestor(nodes []*html.Node) *html.Node {
	if len(nodes) == 0 {
		return nil
	}
	anc := nodes[0]
	for _, n := range nodes[1:] {
		anc = lowestCommon(anc, n)
	}
	return anc
}

func lowestCommon(a, b *html.Node) *html.Node {
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}

// containers are the elements an article is laid out in. A paragraph is not one: when every
// heading stands in one <p> (split by <br>), the article is the element around it.
var containers = map[atom.Atom]bool{atom.Body: true, atom.Div: true, atom.Article: true,
	atom.Section: true, atom.Main: true, atom.Td: true, atom.Th: true, atom.Form: true,
	atom.Center: true, atom.Header: true}

// container climbs from n to the nearest container element; nil when there is none below the
// document, and then the whole page is taken.
func container(n *html.Node) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && containers[n.DataAtom] {
			if n.DataAtom == atom.Body {
				return nil
			}
			return n
		}
	}
	return nil
}
