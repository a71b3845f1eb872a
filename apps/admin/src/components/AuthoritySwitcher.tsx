import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ServedAuthority } from '../context';

interface AuthoritySwitcherProps {
  authorities: ServedAuthority[];
  currentCode: string;
}

/**
 * Chooses which council to work on, for teams that serve several. Choosing an option does nothing
 * until the button is pressed: moving through a select with the arrow keys must not change page
 * (WCAG 3.2.2, On Input).
 */
export function AuthoritySwitcher({ authorities, currentCode }: AuthoritySwitcherProps) {
  const [chosen, setChosen] = useState(currentCode);
  const navigate = useNavigate();

  function switchAuthority(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen !== currentCode) void navigate(`/a/${encodeURIComponent(chosen)}/inbox`);
  }

  return (
    <form className="app-authority-switcher" onSubmit={switchAuthority}>
      <label className="govuk-label app-authority-switcher__label" htmlFor="authority-switcher">
        Council
      </label>
      <select
        id="authority-switcher"
        className="govuk-select app-authority-switcher__select"
        value={chosen}
        onChange={(event) => {
          setChosen(event.target.value);
        }}
      >
        {authorities.map((authority) => (
          <option key={authority.id} value={authority.code}>
            {authority.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="govuk-button govuk-button--secondary app-authority-switcher__button"
      >
        Switch council
      </button>
    </form>
  );
}
