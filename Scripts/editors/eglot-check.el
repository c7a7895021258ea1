;;; eglot-check.el --- Drive the eglot setup of Docs/editors.md in batch Emacs  -*- lexical-binding: t -*-

;; Run by Scripts/test-editors after the guide's elisp block (loaded as init.el): on a copy of Docs/sample it
;; checks that diagnostics reach flymake, that `eglot-code-action-quickfix' applies the fix it offers first,
;; that the guide's fix-all form rewrites the buffer, and how a fix that creates a file is handled. Prints
;; "ok: ..." or "FAIL: ..." lines and exits 1 on a failure.
;;
;; Batch Emacs has no command loop, so each step is run the way the loop runs a command: interactively, then
;; `post-command-hook'. Waits are on events (server output, with a generous deadline), never on a fixed delay.

(require 'cl-lib)
(require 'eglot)

(defvar iaclsp-sample (getenv "IACLSP_SAMPLE"))
(defvar iaclsp-failures 0)
(defconst iaclsp-timeout 60 "Seconds to wait for the server before a step fails.")

(defun iaclsp-check (ok what)
  "Print WHAT as passed when OK, else as failed."
  (princ (format "%s%s\n" (if ok "ok: " "FAIL: ") what))
  (unless ok (cl-incf iaclsp-failures))
  ok)

(defun iaclsp-wait (predicate)
  "Handle server output until PREDICATE returns non-nil, or `iaclsp-timeout' passes; return its value."
  (let ((deadline (+ (float-time) iaclsp-timeout))
        result)
    (while (and (not (setq result (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.1))
    result))

(defun iaclsp-command (command)
  "Run COMMAND as the command loop would: interactively, then `post-command-hook'."
  (setq this-command command)
  (call-interactively command)
  (run-hooks 'post-command-hook))

(defun iaclsp-visit (relative)
  "Visit RELATIVE in the sample, start eglot with `M-x eglot' unless it manages the buffer, and return the buffer."
  (find-file (expand-file-name relative iaclsp-sample))
  (run-hooks 'post-command-hook)
  (unless (bound-and-true-p eglot--managed-mode)
    (iaclsp-command #'eglot))
  (iaclsp-wait (lambda () (bound-and-true-p eglot--managed-mode)))
  (current-buffer))

(defun iaclsp-diagnostic (code)
  "The flymake diagnostic of the current buffer whose LSP code is CODE, or nil."
  (cl-find-if (lambda (diagnostic)
                (equal code (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))) :code)))
              (flymake-diagnostics)))

(defun iaclsp-wait-for-diagnostic (code)
  "Wait until flymake shows a finding of CODE in the current buffer; return it."
  (iaclsp-wait (lambda () (iaclsp-diagnostic code))))

(defun iaclsp-goto (diagnostic)
  "Move point to where DIAGNOSTIC starts."
  (goto-char (flymake-diagnostic-beg diagnostic)))

(defun iaclsp-quickfix-offers ()
  "The titles of the quick fixes at point, as the server sends them."
  (mapcar (lambda (action) (plist-get action :title))
          (eglot-code-actions (point) (point) "quickfix")))

(defun iaclsp-finish ()
  "Shut the servers down and exit with the result."
  (dolist (server (cl-loop for servers being the hash-values of eglot--servers-by-project append servers))
    (ignore-errors (eglot-shutdown server)))
  (kill-emacs (if (zerop iaclsp-failures) 0 1)))

(condition-case failure
    (progn
      ;; Diagnostics and a quick fix in TypeScript, through the derived mode of the guide on Emacs 28.
      (iaclsp-visit "cdk-typescript/lib/portfolio-stack.ts")
      (iaclsp-check (derived-mode-p 'typescript-mode) (format "portfolio-stack.ts opens in %s" major-mode))
      (let ((deprecated (iaclsp-wait-for-diagnostic "IAC101")))
        (when (iaclsp-check deprecated "flymake shows IAC101 in portfolio-stack.ts")
          (iaclsp-goto deprecated)
          (let ((offers (iaclsp-quickfix-offers)))
            (iaclsp-check (and (cdr offers) (not (string-match-p "Ignore" (car offers)))
                               (cl-some (lambda (title) (string-match-p "\\`Ignore IAC101" title)) offers))
                          (format "the quick fixes are the fix, then the ignore action: %S" offers)))
          ;; `M-x eglot-code-actions' on the finding asks which action to apply; RET takes the default, the fix.
          ;; (In eglot 1.9 `eglot-code-action-quickfix' fetches the actions and applies none.)
          (let (prompted)
            (cl-letf (((symbol-function 'completing-read)
                       (lambda (prompt _collection &optional _predicate _require _initial _history default &rest _)
                         (setq prompted prompt)
                         default)))
              (let ((last-nonmenu-event ?\r))
                (iaclsp-command #'eglot-code-actions)))
            (iaclsp-check prompted (format "eglot-code-actions asks which action: %S" prompted)))
          (iaclsp-check (save-excursion (goto-char (point-min)) (search-forward "S3BucketOrigin" nil t))
                        "the quick fix replaced S3Origin")))

      ;; Fix-all in Python, with the form of the guide.
      (iaclsp-visit "cdk-python/lib/tap_stack.py")
      (when (iaclsp-check (iaclsp-wait-for-diagnostic "IAC102") "flymake shows IAC102 in tap_stack.py")
        (eglot-code-actions (point-min) (point-max) "source.fixAll.iaclsp" t)
        (run-hooks 'post-command-hook)
        (let ((text (buffer-string)))
          (iaclsp-check (and (string-match-p "aws_logs as logs" text) (string-match-p "= logs\\.LogGroup(" text)
                             (not (string-match-p "lambda_\\.LogGroup(" text)))
                        "fix-all moved LogGroup from lambda_ to aws_logs")))

      ;; A fix that creates a file: cdk.json runs tap.py, which does not exist (IAC502). Eglot 1.9 announces
      ;; `documentChanges' but no `resourceOperations', so the server offers only the ignore action, never an
      ;; edit eglot would misapply.
      (iaclsp-visit "cdk-python/cdk.json")
      (let ((missing (iaclsp-wait-for-diagnostic "IAC502")))
        (when (iaclsp-check missing "flymake shows IAC502 in cdk.json")
          (iaclsp-goto missing)
          (let* ((actions (eglot-code-actions (point) (point) "quickfix"))
                 (creates (cl-some (lambda (action)
                                     (cl-some (lambda (change) (equal (plist-get change :kind) "create"))
                                              (plist-get (plist-get action :edit) :documentChanges)))
                                   actions)))
            (iaclsp-check (not creates)
                          (format "no create-file fix is offered to eglot 1.9, which cannot apply one: %S"
                                  (mapcar (lambda (action) (plist-get action :title)) actions))))))
      (iaclsp-finish))
  (error
   (iaclsp-check nil (format "the eglot session failed: %S" failure))
   (iaclsp-finish)))

;;; eglot-check.el ends here
