// minutes serve: the only script. Ctrl+Enter (Cmd+Enter) in the SQL box
// runs the query; everything else works without JavaScript.
document.addEventListener("keydown", function (e) {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target.id === "sql-q") {
    e.preventDefault();
    e.target.form.requestSubmit();
  }
});
