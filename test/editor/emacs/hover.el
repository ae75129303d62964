;;; hover.el --- batch Emacs + eglot check of the standalone Status Catalog language server -*- lexical-binding: t -*-
;;
;; Starts `node dist/server.js --stdio' through eglot, opens each FILE, asks textDocument/hover at the
;; first occurrence of NEEDLE and requires the hover text to contain EXPECTED (plain text).
;;
;; usage: emacs --batch -l test/editor/emacs/hover.el OUT FILE NEEDLE EXPECTED [FILE NEEDLE EXPECTED ...]
;;        OUT receives one line per hover (PASS/FAIL + the hover text); exit 0 when every hover passed.
;; env:   STATUS_CATALOG_EMACS_INIT  a user configuration to load instead (the README's snippet): it must start the
;;                                 server itself (eglot-server-programs + eglot-ensure); this script only opens
;;                                 the files, lets eglot connect, and asks for the hovers
;;        STATUS_CATALOG_SERVER    the server script (default: dist/server.js of this repository)
;;        STATUS_CATALOG_SETTINGS  JSON of the `statusCatalog' settings section, e.g. {"catalogs":["bms"]},
;;                                 given to eglot as `eglot-workspace-configuration'
;;
;; Written for Emacs 28 + eglot 1.9 (Debian's elpa-eglot). Emacs 28 has no TypeScript or JSON major
;; mode of its own: .ts files use js-mode, and .json files a mode derived from js-mode, because
;; eglot 1.9 sends one languageId per server, so TypeScript and JSON buffers need one server each
;; ("typescript" and "json"), and eglot keys its servers by major mode.

(require 'package)
(package-initialize)                    ; loads Debian's /usr/share/emacs/site-lisp/elpa/eglot-1.9
(require 'eglot)
(require 'cl-lib)

(define-derived-mode status-catalog-json-mode js-mode "JSON"
  "JSON buffers for this check: js-mode editing, languageId \"json\" for eglot.")

(defconst status-catalog-repo
  (expand-file-name "../../.." (file-name-directory (or load-file-name buffer-file-name)))
  "The repository root, three folders above this file (test/editor/emacs/).")

(defun status-catalog-hover-text (contents)
  "The text of a hover's CONTENTS: MarkupContent, a MarkedString, or a vector of them."
  (cond ((stringp contents) contents)
        ((vectorp contents) (mapconcat #'status-catalog-hover-text contents "\n"))
        (t (plist-get contents :value))))

(let* ((args command-line-args-left)
       (out (car args))
       (checks (cl-loop for (file needle expected) on (cdr args) by #'cdddr
                        collect (list (expand-file-name file) needle expected)))
       (server-script (or (getenv "STATUS_CATALOG_SERVER")
                          (expand-file-name "dist/server.js" status-catalog-repo)))
       (contact (list "node" server-script "--stdio"))
       (servers nil)
       (report nil)
       (user-init (getenv "STATUS_CATALOG_EMACS_INIT"))
       (all-ok t))
  (setq command-line-args-left nil)
  (unless user-init
    (add-to-list 'auto-mode-alist '("\\.ts\\'" . js-mode))
    (add-to-list 'auto-mode-alist '("\\.json\\'" . status-catalog-json-mode)))
  (setq eglot-sync-connect t            ; block until the server answered `initialize'
        eglot-autoshutdown nil)
  (when user-init (load user-init nil t))
  (let ((raw (getenv "STATUS_CATALOG_SETTINGS")))
    (when raw
      (setq-default eglot-workspace-configuration
                    (list :statusCatalog (json-parse-string raw :object-type 'plist :array-type 'array)))))
  (dolist (check checks)
    (cl-destructuring-bind (file needle expected) check
      (condition-case err
          (with-current-buffer (find-file-noselect file)
            (let* ((language-id (if (eq major-mode 'status-catalog-json-mode) "json" "typescript"))
                   ;; One server per major mode, started for the first buffer of that mode. The project
                   ;; must be the one eglot computes for the buffer (the VC project in a git checkout),
                   ;; or the buffer is not managed and no didOpen reaches the server. With a user
                   ;; configuration, its eglot-ensure hook connects on the next command loop turn.
                   (server (if user-init
                               (progn (run-hooks 'post-command-hook)
                                      (or (eglot-current-server)
                                          (error "the configuration started no server for %s" major-mode)))
                             (or (alist-get major-mode servers)
                                 (setf (alist-get major-mode servers)
                                       (eglot (list major-mode) (eglot--current-project)
                                              'eglot-lsp-server contact language-id))))))
              (when user-init
                (setq language-id (eglot--language-id server))
                (unless (memq server (mapcar #'cdr servers)) (push (cons major-mode server) servers)))
              (goto-char (point-min))
              (search-forward needle)
              (goto-char (match-beginning 0))
              (let* ((position (eglot--TextDocumentPositionParams))
                     (response (jsonrpc-request server :textDocument/hover position :timeout 10))
                     (text (and response (status-catalog-hover-text (plist-get response :contents))))
                     (at (format "%s (%s, languageId %s) %d:%d" (file-name-nondirectory file) major-mode language-id
                                 (1- (line-number-at-pos)) (current-column))))
                (if (and text (string-search expected text))
                    (push (format "PASS %s hover:\n%s" at text) report)
                  (setq all-ok nil)
                  (push (format "FAIL %s: expected %S in hover, got: %S" at expected text) report)))))
        (error (setq all-ok nil)
               (push (format "FAIL %s: %S" file err) report)))))
  (dolist (entry servers) (ignore-errors (eglot-shutdown (cdr entry))))
  (let ((text (mapconcat #'identity (nreverse report) "\n")))
    (with-temp-file out (insert text "\n"))
    (princ (concat text "\n")))
  (kill-emacs (if all-ok 0 1)))
