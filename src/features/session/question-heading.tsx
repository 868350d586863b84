import { useEffect, useRef } from "react";

export interface QuestionHeadingProps {
  id: string;
  questionId: string;
  prompt: string;
}

/**
 * The prompt as the page's heading. It takes focus when it first shows and on each new question,
 * so a screen reader starts reading there and Tab continues from the question.
 */
export function QuestionHeading({ id, questionId, prompt }: QuestionHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [questionId]);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="session-question__prompt">
      {prompt}
    </h1>
  );
}
