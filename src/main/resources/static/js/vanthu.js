// Small conveniences only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // Buttons that ask before doing something that cannot be undone (data-confirm="question").
  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
