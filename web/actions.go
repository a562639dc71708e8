package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/dondoc/dondoc/tasks"
)

// actionBody is what the page sends with an action.
type actionBody struct {
	Reason string  `json:"reason"`
	Leads  []int64 `json:"leads"`
	Coords []int64 `json:"coords"`
}

// ActionResult is the answer to an action: what was done, for the page to
// show, and the task as it is now.
type ActionResult struct {
	Message string     `json:"message"`
	Task    TaskDetail `json:"task"`
}

func readBody(r *http.Request) (actionBody, error) {
	var b actionBody
	data, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		return b, inputError(msgBadBody)
	}
	if len(data) == 0 {
		return b, nil
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, inputError(msgBadBody)
	}
	return b, nil
}

// act runs one action through the same tasks.Store call as the chat's
// command or button (which checks the same permissions), and wakes the
// sender for the messages it queued.
func (s *Server) act(ctx context.Context, v viewer, id int64, action string, b actionBody) (string, error) {
	now := s.clock()
	var (
		err  error
		done string
	)
	switch action {
	case "confirm":
		_, err = s.store.Confirm(ctx, v.Member, id, now)
		done = msgDoneConfirm
	case "rework":
		_, err = s.store.Rework(ctx, v.Member, id, b.Reason, now)
		done = msgDoneRework
	case "cancel":
		_, err = s.store.Cancel(ctx, v.Member, id, b.Reason, now)
		done = msgDoneCancel
	case "remind":
		var n int
		if n, err = s.store.RemindOwners(ctx, v.Member, id, now); err == nil {
			s.kick()
			return fmt.Sprintf(msgDoneRemind, id, n), nil
		}
	case "reassign":
		if len(b.Leads) == 0 {
			return "", inputError(msgNeedLead)
		}
		if err := s.knownUnits(ctx, v.OrgID, append(append([]int64{}, b.Leads...), b.Coords...)); err != nil {
			return "", err
		}
		_, err = s.store.Reassign(ctx, v.Member, id, b.Leads, b.Coords, b.Reason, now)
		done = msgDoneReassign
	default:
		return "", inputError(msgBadAction, action)
	}
	if err != nil {
		return "", err
	}
	s.kick()
	return fmt.Sprintf(done, id), nil
}

// knownUnits checks that every unit id is one of the organisation's units.
func (s *Server) knownUnits(ctx context.Context, orgID int64, ids []int64) error {
	dir, err := s.store.Directory(ctx, orgID)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, ok := dir.ByID(id); !ok {
			return inputError(msgBadUnit, id)
		}
	}
	return nil
}

func (s *Server) apiAction(w http.ResponseWriter, r *http.Request, v viewer) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		s.fail(w, r, http.StatusNotFound, msgNotFound)
		return
	}
	b, ok := s.actionBody(w, r, v, id)
	if !ok {
		return
	}
	msg, err := s.act(r.Context(), v, id, r.PathValue("action"), b)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.actionDone(w, r, v, id, msg)
}

func (s *Server) apiExtension(w http.ResponseWriter, r *http.Request, v viewer) {
	id, err1 := strconv.ParseInt(r.PathValue("id"), 10, 64)
	ext, err2 := strconv.ParseInt(r.PathValue("ext"), 10, 64)
	if err1 != nil || err2 != nil {
		s.fail(w, r, http.StatusNotFound, msgNotFound)
		return
	}
	b, ok := s.actionBody(w, r, v, id)
	if !ok {
		return
	}
	var err error
	// As in the chat, a refusal gives its reason to the owners.
	var msg string
	switch r.PathValue("decision") {
	case "approve":
		var e tasks.Extension
		e, err = s.store.DecideExtension(r.Context(), v.Member, id, ext, true, s.clock())
		msg = msgDoneApprove
		if err == nil && e.Status == tasks.ExtensionPending && e.ForwardedAt != nil {
			msg = msgDoneForwarded
		}
	case "reject":
		_, err = s.store.RejectExtension(r.Context(), v.Member, id, ext, b.Reason, s.clock())
		msg = msgDoneReject
	default:
		err = inputError(msgBadAction, r.PathValue("decision"))
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	s.kick()
	s.actionDone(w, r, v, id, fmt.Sprintf(msg, id))
}

// actionBody reads the body of an action on task id, once the viewer is
// known to see the task; on a failure it has answered, and ok is false.
func (s *Server) actionBody(w http.ResponseWriter, r *http.Request, v viewer, id int64) (b actionBody, ok bool) {
	if _, err := s.visibleTask(r.Context(), v, id); err != nil {
		s.failErr(w, r, err)
		return b, false
	}
	b, err := readBody(r)
	if err != nil {
		s.failErr(w, r, err)
		return b, false
	}
	return b, true
}

func (s *Server) actionDone(w http.ResponseWriter, r *http.Request, v viewer, id int64, msg string) {
	d, err := s.taskDetail(r.Context(), v, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ActionResult{Message: msg, Task: d})
}

// errorStatus maps a domain error to an HTTP status and the Vietnamese
// message to show.
func errorStatus(err error) (int, string, bool) {
	var ue *userError
	var ie *tasks.InputError
	switch {
	case asErr(err, &ue):
		return http.StatusBadRequest, ue.Msg, true
	case asErr(err, &ie):
		return http.StatusBadRequest, ie.Msg, true
	case isErr(err, tasks.ErrNotFound):
		return http.StatusNotFound, msgNotFound, true
	case isErr(err, tasks.ErrForbidden):
		return http.StatusForbidden, msgForbidden, true
	case isErr(err, tasks.ErrConflict):
		return http.StatusConflict, msgConflict, true
	}
	return http.StatusInternalServerError, msgInternal, false
}
