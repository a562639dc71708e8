package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"time"
)

// DownloadTTL is how long a download link of a report works: long enough
// for Telegram's app to fetch the file it was handed.
const DownloadTTL = 2 * time.Minute

// download is what a signed download link says: whose report, which, and
// until when.
type download struct {
	TgUserID int64  `json:"u"`
	OrgID    int64  `json:"o"`
	Kind     string `json:"k"`
	Week     string `json:"w"`
	Expires  int64  `json:"e"`
}

// DownloadLink is the answer of /api/reports/{kind}/link: an address that
// gives the report's workbook without credentials for DownloadTTL, for
// Telegram's downloadFile, which fetches it itself.
type DownloadLink struct {
	URL  string `json:"url"`
	Name string `json:"name"`
}

func (s *Server) apiReportLink(w http.ResponseWriter, r *http.Request, v viewer) {
	rep, err := s.buildReport(r.Context(), v, r.PathValue("kind"), r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	d := download{TgUserID: v.TgUserID, OrgID: v.OrgID, Kind: r.PathValue("kind"), Week: rep.Week.String(), Expires: s.clock().Add(DownloadTTL).Unix()}
	body, _ := json.Marshal(d)
	writeJSON(w, http.StatusOK, DownloadLink{URL: "/dl/" + sign(s.keys.download, body), Name: "baocao-" + d.Kind + "-" + d.Week + ".xlsx"})
}

// handleDownload sends the workbook a download link names, to whoever
// holds the link until it expires, if its owner may still see the report.
func (s *Server) handleDownload(w http.ResponseWriter, r *http.Request) {
	body, err := verify(s.keys.download, r.PathValue("token"))
	var d download
	if err == nil {
		err = json.Unmarshal(body, &d)
	}
	if err != nil || s.clock().Unix() >= d.Expires {
		s.fail(w, r, http.StatusForbidden, msgDownloadExpired)
		return
	}
	ms, err := s.store.Memberships(r.Context(), d.TgUserID)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	for _, m := range ms {
		if m.OrgID != d.OrgID {
			continue
		}
		v, err := s.viewerOf(r.Context(), m, "download")
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		r.SetPathValue("kind", d.Kind)
		r.URL.RawQuery = url.Values{"week": {d.Week}}.Encode()
		s.apiReportXLSX(w, r, v)
		return
	}
	s.fail(w, r, http.StatusForbidden, msgDownloadExpired)
}
